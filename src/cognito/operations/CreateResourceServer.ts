import { defineOperation, notYetImplemented } from "../operation.js";

export const CreateResourceServer = defineOperation({
  name: "CreateResourceServer",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("CreateResourceServer");
  },
});

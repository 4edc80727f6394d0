import { defineOperation, notYetImplemented } from "../operation.js";

export const UpdateResourceServer = defineOperation({
  name: "UpdateResourceServer",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("UpdateResourceServer");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const CreateGroup = defineOperation({
  name: "CreateGroup",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("CreateGroup");
  },
});

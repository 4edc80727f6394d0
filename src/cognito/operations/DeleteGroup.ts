import { defineOperation, notYetImplemented } from "../operation.js";

export const DeleteGroup = defineOperation({
  name: "DeleteGroup",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("DeleteGroup");
  },
});

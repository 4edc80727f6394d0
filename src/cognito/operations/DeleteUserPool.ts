import { defineOperation, notYetImplemented } from "../operation.js";

export const DeleteUserPool = defineOperation({
  name: "DeleteUserPool",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("DeleteUserPool");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const DeleteUserPoolClient = defineOperation({
  name: "DeleteUserPoolClient",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("DeleteUserPoolClient");
  },
});

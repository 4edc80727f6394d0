import { defineOperation, notYetImplemented } from "../operation.js";

export const UpdateUserPoolClient = defineOperation({
  name: "UpdateUserPoolClient",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("UpdateUserPoolClient");
  },
});

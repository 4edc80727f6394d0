import { defineOperation, notYetImplemented } from "../operation.js";

export const CreateUserPoolClient = defineOperation({
  name: "CreateUserPoolClient",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("CreateUserPoolClient");
  },
});

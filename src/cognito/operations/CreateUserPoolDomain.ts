import { defineOperation, notYetImplemented } from "../operation.js";

export const CreateUserPoolDomain = defineOperation({
  name: "CreateUserPoolDomain",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("CreateUserPoolDomain");
  },
});

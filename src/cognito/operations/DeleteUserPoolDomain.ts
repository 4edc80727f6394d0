import { defineOperation, notYetImplemented } from "../operation.js";

export const DeleteUserPoolDomain = defineOperation({
  name: "DeleteUserPoolDomain",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("DeleteUserPoolDomain");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminConfirmSignUp = defineOperation({
  name: "AdminConfirmSignUp",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminConfirmSignUp");
  },
});

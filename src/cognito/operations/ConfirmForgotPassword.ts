import { defineOperation, notYetImplemented } from "../operation.js";

export const ConfirmForgotPassword = defineOperation({
  name: "ConfirmForgotPassword",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("ConfirmForgotPassword");
  },
});

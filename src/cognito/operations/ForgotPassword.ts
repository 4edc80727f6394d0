import { defineOperation, notYetImplemented } from "../operation.js";

export const ForgotPassword = defineOperation({
  name: "ForgotPassword",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("ForgotPassword");
  },
});

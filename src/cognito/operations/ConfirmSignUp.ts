import { defineOperation, notYetImplemented } from "../operation.js";

export const ConfirmSignUp = defineOperation({
  name: "ConfirmSignUp",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("ConfirmSignUp");
  },
});

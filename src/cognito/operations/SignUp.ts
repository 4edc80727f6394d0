import { defineOperation, notYetImplemented } from "../operation.js";

export const SignUp = defineOperation({
  name: "SignUp",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("SignUp");
  },
});

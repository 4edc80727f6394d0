import { defineOperation, notYetImplemented } from "../operation.js";

export const ResendConfirmationCode = defineOperation({
  name: "ResendConfirmationCode",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("ResendConfirmationCode");
  },
});

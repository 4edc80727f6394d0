import { defineOperation, notYetImplemented } from "../operation.js";

export const ChangePassword = defineOperation({
  name: "ChangePassword",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("ChangePassword");
  },
});

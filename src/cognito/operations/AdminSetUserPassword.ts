import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminSetUserPassword = defineOperation({
  name: "AdminSetUserPassword",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminSetUserPassword");
  },
});

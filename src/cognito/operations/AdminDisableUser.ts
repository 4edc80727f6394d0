import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminDisableUser = defineOperation({
  name: "AdminDisableUser",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminDisableUser");
  },
});

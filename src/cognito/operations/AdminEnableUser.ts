import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminEnableUser = defineOperation({
  name: "AdminEnableUser",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminEnableUser");
  },
});

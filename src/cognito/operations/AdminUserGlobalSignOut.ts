import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminUserGlobalSignOut = defineOperation({
  name: "AdminUserGlobalSignOut",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminUserGlobalSignOut");
  },
});

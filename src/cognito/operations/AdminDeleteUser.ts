import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminDeleteUser = defineOperation({
  name: "AdminDeleteUser",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminDeleteUser");
  },
});

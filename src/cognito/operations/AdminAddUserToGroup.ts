import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminAddUserToGroup = defineOperation({
  name: "AdminAddUserToGroup",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminAddUserToGroup");
  },
});

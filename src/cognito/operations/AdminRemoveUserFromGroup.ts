import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminRemoveUserFromGroup = defineOperation({
  name: "AdminRemoveUserFromGroup",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminRemoveUserFromGroup");
  },
});

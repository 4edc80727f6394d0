import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminListGroupsForUser = defineOperation({
  name: "AdminListGroupsForUser",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminListGroupsForUser");
  },
});

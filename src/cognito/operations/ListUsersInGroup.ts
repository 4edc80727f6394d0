import { defineOperation, notYetImplemented } from "../operation.js";

export const ListUsersInGroup = defineOperation({
  name: "ListUsersInGroup",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("ListUsersInGroup");
  },
});

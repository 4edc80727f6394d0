import { defineOperation, notYetImplemented } from "../operation.js";

export const ListUsers = defineOperation({
  name: "ListUsers",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("ListUsers");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminGetUser = defineOperation({
  name: "AdminGetUser",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminGetUser");
  },
});

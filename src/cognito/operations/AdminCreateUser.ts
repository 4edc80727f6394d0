import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminCreateUser = defineOperation({
  name: "AdminCreateUser",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminCreateUser");
  },
});

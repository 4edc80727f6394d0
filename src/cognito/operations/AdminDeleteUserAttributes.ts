import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminDeleteUserAttributes = defineOperation({
  name: "AdminDeleteUserAttributes",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminDeleteUserAttributes");
  },
});

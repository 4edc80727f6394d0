import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminUpdateUserAttributes = defineOperation({
  name: "AdminUpdateUserAttributes",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminUpdateUserAttributes");
  },
});

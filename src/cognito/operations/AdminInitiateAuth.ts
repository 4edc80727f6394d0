import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminInitiateAuth = defineOperation({
  name: "AdminInitiateAuth",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminInitiateAuth");
  },
});

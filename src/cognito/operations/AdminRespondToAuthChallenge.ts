import { defineOperation, notYetImplemented } from "../operation.js";

export const AdminRespondToAuthChallenge = defineOperation({
  name: "AdminRespondToAuthChallenge",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("AdminRespondToAuthChallenge");
  },
});

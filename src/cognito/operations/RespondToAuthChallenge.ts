import { defineOperation, notYetImplemented } from "../operation.js";

export const RespondToAuthChallenge = defineOperation({
  name: "RespondToAuthChallenge",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("RespondToAuthChallenge");
  },
});

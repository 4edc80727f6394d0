import { defineOperation, notYetImplemented } from "../operation.js";

export const InitiateAuth = defineOperation({
  name: "InitiateAuth",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("InitiateAuth");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const RevokeToken = defineOperation({
  name: "RevokeToken",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("RevokeToken");
  },
});

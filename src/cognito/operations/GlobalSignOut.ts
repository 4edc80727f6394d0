import { defineOperation, notYetImplemented } from "../operation.js";

export const GlobalSignOut = defineOperation({
  name: "GlobalSignOut",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("GlobalSignOut");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const UpdateUserAttributes = defineOperation({
  name: "UpdateUserAttributes",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("UpdateUserAttributes");
  },
});

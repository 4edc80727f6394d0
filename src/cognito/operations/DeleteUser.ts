import { defineOperation, notYetImplemented } from "../operation.js";

export const DeleteUser = defineOperation({
  name: "DeleteUser",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("DeleteUser");
  },
});

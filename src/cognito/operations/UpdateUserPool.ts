import { defineOperation, notYetImplemented } from "../operation.js";

export const UpdateUserPool = defineOperation({
  name: "UpdateUserPool",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("UpdateUserPool");
  },
});

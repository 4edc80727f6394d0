import { defineOperation, notYetImplemented } from "../operation.js";

export const DeleteResourceServer = defineOperation({
  name: "DeleteResourceServer",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("DeleteResourceServer");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const GetGroup = defineOperation({
  name: "GetGroup",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("GetGroup");
  },
});

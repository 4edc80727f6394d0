import { defineOperation, notYetImplemented } from "../operation.js";

export const GetUser = defineOperation({
  name: "GetUser",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("GetUser");
  },
});

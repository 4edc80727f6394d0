import { defineOperation, notYetImplemented } from "../operation.js";

export const ListUserPools = defineOperation({
  name: "ListUserPools",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("ListUserPools");
  },
});

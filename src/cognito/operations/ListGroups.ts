import { defineOperation, notYetImplemented } from "../operation.js";

export const ListGroups = defineOperation({
  name: "ListGroups",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("ListGroups");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const ListResourceServers = defineOperation({
  name: "ListResourceServers",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("ListResourceServers");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const ListUserPoolClients = defineOperation({
  name: "ListUserPoolClients",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("ListUserPoolClients");
  },
});

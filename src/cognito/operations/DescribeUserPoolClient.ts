import { defineOperation, notYetImplemented } from "../operation.js";

export const DescribeUserPoolClient = defineOperation({
  name: "DescribeUserPoolClient",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("DescribeUserPoolClient");
  },
});

import { defineOperation, notYetImplemented } from "../operation.js";

export const DescribeUserPoolDomain = defineOperation({
  name: "DescribeUserPoolDomain",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("DescribeUserPoolDomain");
  },
});

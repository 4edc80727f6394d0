import { defineOperation, notYetImplemented } from "../operation.js";

export const DescribeResourceServer = defineOperation({
  name: "DescribeResourceServer",
  auth: "iam",
  input: {},
  run() {
    throw notYetImplemented("DescribeResourceServer");
  },
});

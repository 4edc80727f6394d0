import assert from "node:assert/strict";
import { it } from "node:test";
import { userPoolIdOfArn } from "./arn.js";

const CASES: [string, string | undefined][] = [
  ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbC123", "us-east-1_AbC123"],
  ["arn:aws-cn:cognito-idp:cn-north-1:123456789012:userpool/cn-north-1_x9", "cn-north-1_x9"],
  ["arn:aws:cognito-identity:us-east-1:000000000000:identitypool/us-east-1:abc", undefined],
  ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbC123/client/x", undefined],
  ["arn:aws:s3:::bucket", undefined],
];

for (const [arn, id] of CASES) it(`user pool id of ${arn}`, () => assert.equal(userPoolIdOfArn(arn), id));

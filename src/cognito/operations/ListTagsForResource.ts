import { defineOperation } from "../operation.js";
import { ArnField } from "../pools/arn.js";
import { requirePoolByArn } from "../pools/tags.js";

export const ListTagsForResource = defineOperation({
  name: "ListTagsForResource",
  auth: "iam",
  input: { ResourceArn: ArnField({ required: true }) },
  run(s, req: { ResourceArn: string }) {
    return { Tags: requirePoolByArn(s.cognito, req.ResourceArn).UserPoolTags ?? {} };
  },
});

import { invalidParameter } from "../../wire/errors.js";
import { map } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { ArnField } from "../pools/arn.js";
import { checkTags, MAX_TAGS, requirePoolByArn } from "../pools/tags.js";

/** Adds or overwrites tags on a user pool; DescribeUserPool shows them as UserPoolTags. */
export const TagResource = defineOperation({
  name: "TagResource",
  auth: "iam",
  input: { ResourceArn: ArnField({ required: true }), Tags: map({ required: true }) },
  run(s, req: { ResourceArn: string; Tags: Record<string, string> }) {
    checkTags(req.Tags, "tags");
    const pool = requirePoolByArn(s.cognito, req.ResourceArn);
    const tags = { ...(pool.UserPoolTags ?? {}), ...req.Tags };
    // Message inferred.
    if (Object.keys(tags).length > MAX_TAGS) throw invalidParameter(`A user pool can have at most ${MAX_TAGS} tags.`);
    s.cognito.pools.put({ ...pool, UserPoolTags: tags });
    return {};
  },
});

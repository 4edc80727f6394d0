import { defineOperation } from "../operation.js";
import { ArnField } from "../pools/arn.js";
import { requirePoolByArn, TagKeyList } from "../pools/tags.js";

/** Removes tags from a user pool; keys it does not have are ignored. */
export const UntagResource = defineOperation({
  name: "UntagResource",
  auth: "iam",
  input: { ResourceArn: ArnField({ required: true }), TagKeys: TagKeyList },
  run(s, req: { ResourceArn: string; TagKeys: string[] }) {
    const pool = requirePoolByArn(s.cognito, req.ResourceArn);
    const tags = Object.fromEntries(Object.entries(pool.UserPoolTags ?? {}).filter(([k]) => !req.TagKeys.includes(k)));
    s.cognito.pools.put({ ...pool, UserPoolTags: tags });
    return {};
  },
});

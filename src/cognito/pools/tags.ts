import type { CognitoStore } from "../../store/cognito/index.js";
import type { PoolRecord } from "../../store/cognito/records.js";
import { invalidParameter, resourceNotFound } from "../../wire/errors.js";
import { list, str } from "../../wire/validation.js";
import { userPoolIdOfArn } from "./arn.js";

/** API reference (TagResource): "A user pool can have as many as 50 tags." */
export const MAX_TAGS = 50;

export const TagKeyList = list({ required: true, member: str({ min: 1, max: 128 }) });

/** The user pool a tagging ARN names; tags are on user pools only. Messages inferred. */
export function requirePoolByArn(store: CognitoStore, arn: string): PoolRecord {
  const id = userPoolIdOfArn(arn);
  const pool = id ? store.pools.get(id) : undefined;
  if (!id) throw invalidParameter(`${arn} is not a user pool ARN.`);
  if (!pool || pool.Arn !== arn) throw resourceNotFound(`User pool ${id} does not exist.`);
  return pool;
}

/** UserPoolTagsType: keys 1–128 characters, values 0–256, in the model's map-constraint wording. */
export function checkTags(tags: Record<string, string>, path: string): void {
  const shown = `{${Object.entries(tags)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ")}}`;
  const keys = Object.keys(tags);
  const problems: string[] = [];
  if (keys.some((k) => k.length < 1)) problems.push("Member must have length greater than or equal to 1");
  if (keys.some((k) => k.length > 128)) problems.push("Member must have length less than or equal to 128");
  if (problems.length)
    throw invalidParameter(
      `1 validation error detected: Value '${shown}' at '${path}' failed to satisfy constraint: Map keys must satisfy constraint: [${problems.join(", ")}]`,
    );
  if (Object.values(tags).some((v) => v.length > 256))
    throw invalidParameter(
      `1 validation error detected: Value '${shown}' at '${path}' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 256]`,
    );
}

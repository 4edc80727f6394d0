import { ACCOUNT_ID } from "../../account.js";
import type { PolicyDocument, PolicyStatement } from "../../shapes/apigateway.js";
import { badRequest } from "./errors.js";

/**
 * Resource policies. AWS expands the `execute-api:/{stage}/{VERB}/{path}` shorthand to the full
 * `arn:aws:execute-api:{region}:{account}:{apiId}/...` when the policy is saved, and GetRestApi returns the
 * document as a string with its quotes backslash-escaped (a long-standing read-back quirk that Terraform and
 * LocalStack both had to handle), so that is the stored form.
 * Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-examples.html,
 * hashicorp/terraform-provider-aws#4397, localstack/localstack#3325.
 */
const INVALID = "Invalid policy document. Please check the policy syntax and try again.";

export interface SavedPolicy {
  /** The read-back form of RestApi.policy. */
  stored: string;
  document: PolicyDocument;
}

export function savePolicy(input: string | object, region: string, restApiId: string): SavedPolicy {
  const doc = typeof input === "string" ? parseLoose(input) : input;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw badRequest(INVALID);
  const raw = doc as Record<string, unknown>;
  const statements = Array.isArray(raw.Statement) ? raw.Statement : raw.Statement && typeof raw.Statement === "object" ? [raw.Statement] : undefined;
  if (!statements || statements.length === 0) throw badRequest(INVALID);
  const expand = (r: unknown) =>
    typeof r === "string" && r.startsWith("execute-api:/") ? `arn:aws:execute-api:${region}:${ACCOUNT_ID}:${restApiId}/${r.slice("execute-api:/".length)}` : r;
  const expandAll = (r: unknown) => (Array.isArray(r) ? r.map(expand) : expand(r));
  const document = {
    ...raw,
    Statement: statements.map((st) => {
      if (typeof st !== "object" || st === null) throw badRequest(INVALID);
      const s = { ...(st as Record<string, unknown>) };
      if (s.Effect !== "Allow" && s.Effect !== "Deny") throw badRequest(INVALID);
      if (s.Resource !== undefined) s.Resource = expandAll(s.Resource);
      if (s.NotResource !== undefined) s.NotResource = expandAll(s.NotResource);
      return s as unknown as PolicyStatement;
    }),
  } as PolicyDocument;
  return { stored: JSON.stringify(document).replace(/"/g, '\\"'), document };
}

/** The document behind a stored (escaped) RestApi.policy. */
export function parseStoredPolicy(stored: string): PolicyDocument | undefined {
  try {
    return parseLoose(stored) as PolicyDocument;
  } catch {
    return undefined;
  }
}

/** Accepts a plain JSON document or one in the escaped read-back form (tools send back what they read). */
function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/\\"/g, '"').replace(/\\\//g, "/"));
    } catch {
      throw badRequest(INVALID);
    }
  }
}

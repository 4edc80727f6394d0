import { type Finding, finding } from "../types.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

/** C4 `oauth.client-id`: the client id is an app client of the user pool (DescribeUserPoolClient finds it). */
export const ID = "oauth.client-id";

const POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;

export function checkClientId(s: OAuthSetup, f: OAuthFacts): Finding {
  const id = s.clientId;
  if (id !== id.trim() || /\s/.test(id)) return finding(ID, "fail", "whitespace", { params: { clientId: JSON.stringify(id) }, actual: id });
  // A user pool id (us-east-1_AbC…) pasted where the app client id belongs.
  if (POOL_ID.test(id)) return finding(ID, "fail", "pool-id", { params: { clientId: id }, actual: id });
  if (!f.userPoolId) return finding(ID, "fail", "pool-unknown", { params: { clientId: id }, actual: id });
  if (!f.client) {
    const close = f.otherClientIds.find((o) => o.toLowerCase() === id.toLowerCase() || o.startsWith(id) || id.startsWith(o));
    return finding(ID, "fail", close ? "close-match" : "not-found", {
      params: { clientId: id, pool: f.userPoolId, candidate: close ?? "", clients: f.otherClientIds.join(", ") || "-" },
      actual: id,
      expected: f.otherClientIds,
    });
  }
  return finding(ID, "pass", "ok", { params: { clientId: id, pool: f.userPoolId, name: f.client.clientName ?? "" }, actual: id });
}

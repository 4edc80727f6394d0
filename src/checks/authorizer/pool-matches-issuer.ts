import { parseUserPoolArn } from "../../grammar/provider-arn.js";
import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** A1 `authorizer.pool-matches-issuer`: one of the authorizer's provider ARNs is the pool that issued the token. */
export const poolMatchesIssuerCheck = defineCheck("authorizer.pool-matches-issuer", "authorizer", {
  ok: "pass",
  mismatch: "fail",
});

export function checkPoolMatchesIssuer(tokenPoolId: string, providerARNs: string[]): Finding {
  const pools = providerARNs.map((a) => parseUserPoolArn(a)?.poolId).filter((p): p is string => p !== undefined);
  if (pools.includes(tokenPoolId)) return poolMatchesIssuerCheck.finding("ok", { params: { poolId: tokenPoolId } });
  return poolMatchesIssuerCheck.finding("mismatch", { params: { poolId: tokenPoolId, pools: pools.join(", ") }, actual: tokenPoolId, expected: pools });
}

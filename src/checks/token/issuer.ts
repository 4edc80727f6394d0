import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/** B2 `token.issuer`: `iss` names a Cognito user pool (https://cognito-idp.<region>.amazonaws.com/<poolId>). */
export const issuerCheck = defineCheck("token.issuer", "token", {
  ok: "pass",
  missing: "fail",
  "not-cognito": "fail",
});

/** Maps an issuer to the pool it names, or undefined. The gateway passes Urls.poolIdFromIssuer (AWS form + this server). */
export type IssuerPool = (iss: string) => string | undefined;

export function checkIssuer(payload: Record<string, unknown>, issuerPool: IssuerPool): { finding: Finding; poolId?: string } {
  const iss = payload.iss;
  if (typeof iss !== "string" || iss === "")
    return { finding: issuerCheck.finding("missing", { actual: iss ?? null, expected: "https://cognito-idp.<region>.amazonaws.com/<userPoolId>" }) };
  const poolId = issuerPool(iss);
  if (!poolId)
    return {
      finding: issuerCheck.finding("not-cognito", { params: { iss }, actual: iss, expected: "https://cognito-idp.<region>.amazonaws.com/<userPoolId>" }),
    };
  return { finding: issuerCheck.finding("ok", { params: { iss, poolId } }), poolId };
}

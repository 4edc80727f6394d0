import { type Finding, finding } from "../../checks/types.js";

/**
 * `api.private-endpoint` (doctor only): a PRIVATE REST API answers only through an interface VPC endpoint, and
 * its resource policy must allow that endpoint (aws:SourceVpce); from anywhere else the name does not resolve or
 * the call is refused with 403 (AWS docs "Private REST APIs in API Gateway").
 */
export const ID = "api.private-endpoint";

export function checkPrivateEndpoint(r: { endpointTypes: string[]; viaVpce: boolean; policy?: string }): Finding {
  if (!r.endpointTypes.includes("PRIVATE")) return finding(ID, "skip", "not-private", { params: { types: r.endpointTypes.join(", ") || "EDGE" } });
  if (!r.policy)
    return finding(ID, "fail", "no-policy", {
      actual: "no resource policy",
      expected: "a policy allowing execute-api:Invoke from your VPC endpoint (aws:SourceVpce)",
    });
  if (!r.viaVpce)
    return finding(ID, "warn", "outside-vpc", {
      actual: "public invoke URL",
      expected: "https://{api-id}-{vpce-id}.execute-api.{region}.amazonaws.com or the private DNS name, from inside the VPC",
    });
  return finding(ID, "pass", "ok");
}

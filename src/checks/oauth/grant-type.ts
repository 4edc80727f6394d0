import { type Finding, finding } from "../types.js";
import type { CognitoFlow, GrantType, OAuthFacts, OAuthSetup } from "./types.js";

/** C1 `oauth.grant-type`: the grant is one the app client allows (AllowedOAuthFlows), and OAuth is on for it. */
export const ID = "oauth.grant-type";

export const FLOW_OF: Partial<Record<GrantType, CognitoFlow>> = {
  authorization_code: "code",
  implicit: "implicit",
  client_credentials: "client_credentials",
};

export function checkGrantType(s: OAuthSetup, f: OAuthFacts): Finding {
  const label = s.grantTypeLabel;
  // Cognito's token endpoint knows authorization_code, refresh_token and client_credentials; there is no password grant.
  if (s.grantType === "password")
    return finding(ID, "fail", "password", { params: { grant: label }, actual: label, expected: ["authorization_code", "implicit"] });
  const flow = FLOW_OF[s.grantType];
  if (!flow)
    return finding(ID, "fail", "unknown", { params: { grant: label }, actual: label, expected: ["authorization_code", "implicit", "client_credentials"] });
  const c = f.client;
  if (!c) return finding(ID, "skip", "no-client");
  // Created through the API, a client has AllowedOAuthFlowsUserPoolClient=false unless asked: no OAuth flow at all.
  if (!c.allowedOAuthFlowsUserPoolClient)
    return finding(ID, "fail", "oauth-disabled", {
      params: { client: c.clientId },
      actual: { AllowedOAuthFlowsUserPoolClient: false },
      expected: { AllowedOAuthFlowsUserPoolClient: true },
    });
  const allowed = c.allowedOAuthFlows.join(", ") || "-";
  if (!c.allowedOAuthFlows.includes(flow))
    return finding(ID, "fail", "not-allowed", { params: { grant: label, flow, allowed }, actual: flow, expected: c.allowedOAuthFlows });
  if (flow !== "client_credentials" && c.supportedIdentityProviders.length > 0 && !c.supportedIdentityProviders.includes("COGNITO"))
    return finding(ID, "warn", "no-cognito-provider", {
      params: { providers: c.supportedIdentityProviders.join(", ") },
      actual: c.supportedIdentityProviders,
      expected: "COGNITO",
    });
  // AWS refuses to save client_credentials next to code/implicit ("client_credentials flow can not be selected
  // along with code flow or implicit flow"); a client that has both was not made by Cognito's API.
  if (c.allowedOAuthFlows.includes("client_credentials") && (c.allowedOAuthFlows.includes("code") || c.allowedOAuthFlows.includes("implicit")))
    return finding(ID, "warn", "mixed-flows", { params: { allowed }, actual: c.allowedOAuthFlows, expected: "client_credentials alone, or code/implicit" });
  // client_credentials gives an access token only: a method without scopes (ID-token mode) refuses it.
  if (flow === "client_credentials") return finding(ID, "warn", "client-credentials", { params: { grant: label }, actual: flow });
  return finding(ID, "pass", "ok", { params: { grant: label, flow, allowed }, actual: flow, expected: c.allowedOAuthFlows });
}

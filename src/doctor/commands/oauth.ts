import { parseGrantType } from "../../checks/oauth/grant-label.js";
import { runOAuthChecks } from "../../checks/oauth/index.js";
import type { OAuthSetup } from "../../checks/oauth/types.js";
import { cognitoClient, resolveTarget } from "../aws/target.js";
import { localEndpointOf, regionOfAuthDomain } from "../inputs/local-endpoint.js";
import { readOAuthFacts } from "../inputs/oauth-setup.js";
import type { DoctorIo } from "../io.js";
import type { Report } from "../report/report.js";
import { UsageError } from "../usage-error.js";

export interface OAuthOptions {
  clientId?: string;
  clientSecret?: string;
  authUrl?: string;
  tokenUrl?: string;
  callbackUrl?: string;
  grantType?: string;
  pkce?: boolean;
  scope?: string;
  userPoolId?: string;
  tokenContentType?: string;
  clientAuthentication?: string;
  apiRegion?: string;
  probe?: boolean;
  endpointUrl?: string;
  region?: string;
}

/** What the user typed into Postman's OAuth 2.0 tab, normalised. */
export function oauthSetupOf(o: OAuthOptions): OAuthSetup {
  if (o.clientId === undefined) throw new UsageError("doctor.usage.missing-option", { option: "--client-id" });
  const label = o.grantType ?? "Authorization Code";
  const g = parseGrantType(label);
  return {
    grantType: g.grantType,
    grantTypeLabel: label,
    pkce: g.pkce || o.pkce === true,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    authUrl: o.authUrl,
    tokenUrl: o.tokenUrl,
    callbackUrl: o.callbackUrl,
    scopes: (o.scope ?? "").split(/[\s+]+/).filter(Boolean),
    tokenContentType: o.tokenContentType,
    clientAuthentication: o.clientAuthentication === "header" || o.clientAuthentication === "body" ? o.clientAuthentication : undefined,
  };
}

const POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;

/** `poolgate doctor oauth`: the article's Postman checklist (C1–C8) against the app client as Cognito describes it. */
export async function doctorOAuth(o: OAuthOptions, io: DoctorIo): Promise<Report> {
  const setup = oauthSetupOf(o);
  if (o.userPoolId !== undefined && !POOL_ID.test(o.userPoolId)) throw new UsageError("doctor.usage.bad-pool-id", { value: o.userPoolId });
  // URLs on this machine mean poolgate: its API answers at their origin, as `doctor request` infers from an invoke URL.
  const endpointUrl = o.endpointUrl ?? localEndpointOf(o.authUrl) ?? localEndpointOf(o.tokenUrl);
  const regionHint = o.userPoolId?.split("_")[0] ?? regionOfAuthDomain(o.authUrl) ?? regionOfAuthDomain(o.tokenUrl);
  const target = resolveTarget({ region: o.region, endpointUrl, regionHint }, io.env);
  const cognito = cognitoClient(target, io.env);
  try {
    const facts = await readOAuthFacts(cognito, target, setup, { userPoolId: o.userPoolId, apiRegion: o.apiRegion, probe: o.probe === true, http: io.http });
    return {
      titleKey: "doctor.title.oauth",
      titleParams: { clientId: setup.clientId.trim(), pool: facts.userPoolId ?? "?" },
      findings: runOAuthChecks(setup, facts),
      notes: [],
    };
  } finally {
    cognito.destroy();
  }
}

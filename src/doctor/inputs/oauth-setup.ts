import { createHash, timingSafeEqual } from "node:crypto";
import {
  type CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  ListResourceServersCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type UserPoolClientType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { AppClientFacts, OAuthFacts, OAuthSetup, TokenProbe } from "../../checks/oauth/types.js";
import { type AwsTarget, awsCall, awsErrorName, networkErrorCode } from "../aws/target.js";
import type { HttpSend } from "../http-client.js";

export interface OAuthReadOptions {
  userPoolId?: string;
  apiRegion?: string;
  probe: boolean;
  http: HttpSend;
}

const HOSTED_UI_HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.auth\.([a-z0-9-]+)\.(?:amazoncognito\.com|localhost)$/;

/** The domain prefix an auth or token URL names, if it is of the form {prefix}.auth.{region}.amazoncognito.com. */
export function domainPrefixOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return HOSTED_UI_HOST.exec(new URL(url.trim()).hostname)?.[1];
  } catch {
    return undefined;
  }
}

const sameSecret = (a: string, b: string): boolean =>
  // Hash first so the comparison takes the same time whatever the lengths.
  timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());

function clientFacts(c: UserPoolClientType, givenSecret: string | undefined): AppClientFacts {
  return {
    clientId: c.ClientId ?? "",
    clientName: c.ClientName,
    hasSecret: Boolean(c.ClientSecret),
    secretMatches: c.ClientSecret && givenSecret ? sameSecret(c.ClientSecret, givenSecret) : undefined,
    allowedOAuthFlowsUserPoolClient: c.AllowedOAuthFlowsUserPoolClient === true,
    allowedOAuthFlows: c.AllowedOAuthFlows ?? [],
    allowedOAuthScopes: c.AllowedOAuthScopes ?? [],
    callbackUrls: c.CallbackURLs ?? [],
    supportedIdentityProviders: c.SupportedIdentityProviders ?? [],
  };
}

/**
 * Reads what Cognito says about the app client behind an OAuth setup, only through the public API, so it works
 * against AWS and an emulator alike: the pool (from --user-pool-id, the URL's domain, or a search of the account),
 * the client, the pool's domain and its resource-server scopes; with --probe, how the token endpoint answers.
 */
export async function readOAuthFacts(cognito: CognitoIdentityProviderClient, t: AwsTarget, s: OAuthSetup, o: OAuthReadOptions): Promise<OAuthFacts> {
  const facts: OAuthFacts = { otherClientIds: [], resourceServerScopes: [], apiRegion: o.apiRegion };
  if (t.endpointUrl) facts.localBase = t.endpointUrl;
  const clientId = s.clientId.trim();

  let poolId = o.userPoolId;
  if (!poolId) {
    const prefix = domainPrefixOf(s.authUrl) ?? domainPrefixOf(s.tokenUrl);
    if (prefix) poolId = await poolOfDomain(cognito, t, prefix);
  }
  if (!poolId && clientId) poolId = await findPoolOfClient(cognito, t, clientId);
  if (!poolId) return facts;

  const pool = await awsCall(t, "DescribeUserPool", () => cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId })), [
    "ResourceNotFoundException",
  ]).catch((e) => {
    if (awsErrorName(e) === "ResourceNotFoundException") return undefined;
    throw e;
  });
  if (!pool?.UserPool) return facts;
  facts.userPoolId = poolId;
  facts.region = poolId.split("_")[0];
  facts.domainPrefix = pool.UserPool.Domain || undefined;
  facts.customDomain = pool.UserPool.CustomDomain || undefined;

  if (clientId) {
    const described = await awsCall(
      t,
      "DescribeUserPoolClient",
      () => cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId })),
      ["ResourceNotFoundException", "InvalidParameterException"],
    ).catch((e) => {
      if (["ResourceNotFoundException", "InvalidParameterException"].includes(awsErrorName(e) ?? "")) return undefined;
      throw e;
    });
    if (described?.UserPoolClient) facts.client = clientFacts(described.UserPoolClient, s.clientSecret?.trim() || undefined);
  }
  if (!facts.client) {
    const list = await awsCall(t, "ListUserPoolClients", () => cognito.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 })));
    facts.otherClientIds = (list.UserPoolClients ?? []).map((c) => c.ClientId ?? "").filter(Boolean);
  }
  facts.resourceServerScopes = await resourceServerScopes(cognito, t, poolId);
  if (o.probe && s.tokenUrl) facts.probe = await probeTokenEndpoint(s, o.http);
  return facts;
}

async function poolOfDomain(cognito: CognitoIdentityProviderClient, t: AwsTarget, prefix: string): Promise<string | undefined> {
  try {
    const d = await awsCall(t, "DescribeUserPoolDomain", () => cognito.send(new DescribeUserPoolDomainCommand({ Domain: prefix })), [
      "ResourceNotFoundException",
      "InvalidParameterException",
      "NotImplementedException",
      "UnsupportedOperationException",
    ]);
    // AWS answers an unknown domain with an empty DomainDescription rather than an error.
    return d.DomainDescription?.UserPoolId || undefined;
  } catch (e) {
    if (awsErrorName(e)) return undefined;
    throw e;
  }
}

/** Without a pool id: look through the account's pools (bounded) for one that has this app client. */
async function findPoolOfClient(cognito: CognitoIdentityProviderClient, t: AwsTarget, clientId: string): Promise<string | undefined> {
  let next: string | undefined;
  for (let page = 0; page < 5; page++) {
    const pools = await awsCall(t, "ListUserPools", () => cognito.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken: next })));
    for (const p of pools.UserPools ?? []) {
      if (!p.Id) continue;
      const found = await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: p.Id, ClientId: clientId })).then(
        () => true,
        () => false,
      );
      if (found) return p.Id;
    }
    next = pools.NextToken;
    if (!next) break;
  }
  return undefined;
}

async function resourceServerScopes(cognito: CognitoIdentityProviderClient, t: AwsTarget, poolId: string): Promise<string[]> {
  try {
    const r = await awsCall(t, "ListResourceServers", () => cognito.send(new ListResourceServersCommand({ UserPoolId: poolId, MaxResults: 50 })), [
      "NotImplementedException",
      "UnsupportedOperationException",
      "InternalErrorException",
    ]);
    return (r.ResourceServers ?? []).flatMap((rs) => (rs.Scopes ?? []).map((sc) => `${rs.Identifier}/${sc.ScopeName}`));
  } catch (e) {
    if (awsErrorName(e)) return [];
    throw e;
  }
}

/**
 * --probe: a form-encoded POST with a code that cannot exist (a healthy token endpoint answers 400), then the same
 * body as JSON (Cognito answers 405): the two answers show the endpoint and its content-type rule at work.
 */
export async function probeTokenEndpoint(s: OAuthSetup, send: HttpSend): Promise<TokenProbe> {
  const url = s.tokenUrl?.trim() ?? "";
  const probe: TokenProbe = { url };
  const fields: Record<string, string> = {
    grant_type: "authorization_code",
    code: "poolgate-doctor-probe-not-a-real-code",
    client_id: s.clientId.trim(),
    redirect_uri: s.callbackUrl ?? "https://localhost/",
  };
  const headers: Record<string, string> = {};
  if (s.clientSecret) headers.authorization = `Basic ${Buffer.from(`${s.clientId.trim()}:${s.clientSecret.trim()}`).toString("base64")}`;
  try {
    const form = await send(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
      timeoutMs: 5000,
    });
    probe.formStatus = form.status;
    try {
      probe.formError = (JSON.parse(form.body) as { error?: string }).error;
    } catch {
      // A non-JSON answer: keep just the status.
    }
    const json = await send(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(fields),
      timeoutMs: 5000,
    });
    probe.jsonStatus = json.status;
  } catch (e) {
    probe.unreachable = networkErrorCode(e) ?? (e as Error).message;
  }
  return probe;
}

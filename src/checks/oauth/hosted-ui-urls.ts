import type { OAuthFacts } from "./types.js";

/**
 * Where a user pool's OAuth endpoints live. On AWS: https://{prefix}.auth.{region}.amazoncognito.com or the pool's
 * custom domain (Cognito developer guide, "User pool domain"). Against a local emulator: its base URL, and
 * http://{prefix}.auth.{region}.localhost:{port} (browsers resolve *.localhost to loopback).
 */
export const awsHostedUiHost = (prefix: string, region: string): string => `${prefix}.auth.${region}.amazoncognito.com`;

const AWS_HOSTED_UI = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.auth\.([a-z0-9-]+)\.amazoncognito\.com$/;
const LOCAL_HOSTED_UI = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.auth\.([a-z0-9-]+)\.localhost$/;
const ISSUER_HOST = /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type EndpointKind = "authorize" | "token";

/** The first thing wrong with an auth or token URL, as a message key of the check, or "ok". */
export interface UrlVerdict {
  key: string;
  params: Record<string, string>;
  expected: string[];
}

/** Base URLs (scheme + host) the pool's hosted UI answers on. */
export function hostedUiBases(f: OAuthFacts): string[] {
  const out: string[] = [];
  if (f.localBase) {
    const u = new URL(f.localBase);
    out.push(u.origin);
    if (f.domainPrefix && f.region) out.push(`${u.protocol}//${f.domainPrefix}.auth.${f.region}.localhost${u.port ? `:${u.port}` : ""}`);
  }
  if (f.domainPrefix && f.region) out.push(`https://${awsHostedUiHost(f.domainPrefix, f.region)}`);
  if (f.customDomain) out.push(`https://${f.customDomain}`);
  return out;
}

const PATHS: Record<EndpointKind, string[]> = { authorize: ["/oauth2/authorize", "/login"], token: ["/oauth2/token"] };

/** Judges an auth URL (Postman "Auth URL") or token URL ("Access Token URL") against the pool's domain. */
export function judgeEndpointUrl(raw: string, kind: EndpointKind, f: OAuthFacts): UrlVerdict {
  const bases = hostedUiBases(f);
  const expected = bases.flatMap((b) => PATHS[kind].map((p) => b + p));
  const v = (key: string, params: Record<string, string> = {}): UrlVerdict => ({ key, params: { url: raw, ...params }, expected });
  if (raw !== raw.trim() || /\s/.test(raw)) return v("whitespace");
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return v("not-a-url");
  }
  if (ISSUER_HOST.test(u.hostname)) return v("issuer-url");
  const local = f.localBase ? new URL(f.localBase) : undefined;
  const isLocal = local !== undefined && (LOOPBACK.has(u.hostname) || LOCAL_HOSTED_UI.test(u.hostname));
  if (!isLocal && !f.domainPrefix && !f.customDomain) return v("no-domain", { pool: f.userPoolId ?? "" });

  if (isLocal && local) {
    if (u.port !== local.port) return v("wrong-port", { port: u.port, expectedPort: local.port });
    const m = LOCAL_HOSTED_UI.exec(u.hostname);
    if (m) {
      if (f.domainPrefix && m[1] !== f.domainPrefix) return v("wrong-domain", { domain: m[1] ?? "", expectedDomain: f.domainPrefix });
      if (!f.domainPrefix) return v("no-domain", { pool: f.userPoolId ?? "" });
      if (f.region && m[2] !== f.region) return v("wrong-region", { region: m[2] ?? "", expectedRegion: f.region });
    }
  } else {
    const m = AWS_HOSTED_UI.exec(u.hostname);
    const custom = f.customDomain !== undefined && u.hostname === f.customDomain;
    if (!custom) {
      if (!m) return v("wrong-host", { host: u.hostname });
      if (f.domainPrefix && m[1] !== f.domainPrefix) return v("wrong-domain", { domain: m[1] ?? "", expectedDomain: f.domainPrefix });
      if (f.region && m[2] !== f.region) return v("wrong-region", { region: m[2] ?? "", expectedRegion: f.region });
    }
    if (u.protocol !== "https:") return v("not-https");
  }

  const path = u.pathname;
  if (PATHS[kind].includes(path)) {
    if (f.apiRegion && f.region && f.apiRegion !== f.region) return v("api-region-differs", { region: f.region, apiRegion: f.apiRegion });
    return v("ok");
  }
  if (PATHS[kind].includes(path.replace(/\/+$/, ""))) return v("trailing-slash", { path });
  if (kind === "authorize" && path.replace(/\/+$/, "") === "/oauth2/token") return v("token-endpoint", { path });
  if (kind === "token" && ["/oauth2/authorize", "/login"].includes(path.replace(/\/+$/, ""))) return v("authorize-endpoint", { path });
  return v("wrong-path", { path, expectedPath: PATHS[kind].join(" | ") });
}

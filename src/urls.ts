import { poolIdOfIssuer } from "./grammar/issuer.js";

/**
 * The one module that builds URLs: issuer, JWKS, discovery, hosted UI, execute-api.
 * The issuer never depends on a request's Host header (a mismatch there breaks every verifier).
 */
export interface UrlSettings {
  /** e.g. http://127.0.0.1:4599, without a trailing slash */
  base: string;
  issuerMode: "local" | "aws";
}

export const regionOfPool = (userPoolId: string): string => userPoolId.split("_")[0] ?? "";

export const awsIssuer = (userPoolId: string): string => `https://cognito-idp.${regionOfPool(userPoolId)}.amazonaws.com/${userPoolId}`;

const queryOf = (params: Record<string, string | undefined>): string =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();

export class Urls {
  constructor(private settings: UrlSettings) {}

  get base(): string {
    return this.settings.base;
  }

  /** Called once the listening port is known. */
  setBase(base: string): void {
    this.settings = { ...this.settings, base: base.replace(/\/+$/, "") };
  }

  get issuerMode(): "local" | "aws" {
    return this.settings.issuerMode;
  }

  issuer(userPoolId: string): string {
    return this.settings.issuerMode === "aws" ? awsIssuer(userPoolId) : `${this.base}/${userPoolId}`;
  }

  /** Issuers that name this pool: the configured one and the AWS form (API Gateway authorizers accept both locally). */
  knownIssuers(userPoolId: string): string[] {
    return [...new Set([this.issuer(userPoolId), awsIssuer(userPoolId), `${this.base}/${userPoolId}`])];
  }

  /** Reverse of issuer(): the pool id an issuer names, by the one issuer rule (src/grammar/issuer.ts). */
  poolIdFromIssuer(iss: string): string | undefined {
    return poolIdOfIssuer(iss, [this.base]);
  }

  jwks(userPoolId: string): string {
    return `${this.base}/${userPoolId}/.well-known/jwks.json`;
  }

  openidConfiguration(userPoolId: string): string {
    return `${this.base}/${userPoolId}/.well-known/openid-configuration`;
  }

  /** The hosted UI at the server root; the pool is found from client_id. */
  oauthBase(): string {
    return this.base;
  }

  /** `{prefix}.auth.{region}.localhost:{port}`: browsers resolve *.localhost to loopback. */
  hostedUiDomainBase(prefix: string, region: string): string {
    const u = new URL(this.base);
    return `${u.protocol}//${prefix}.auth.${region}.localhost${u.port ? `:${u.port}` : ""}`;
  }

  /** Reverse of hostedUiDomainBase(): the domain prefix and region a Host names, if it is a hosted-UI host. */
  hostedUiDomainFromHost(hostname: string): { prefix: string; region: string } | undefined {
    const m = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.auth\.([a-z]{2}(?:-gov)?-[a-z]+-\d)\.localhost$/.exec(hostname.toLowerCase());
    return m ? { prefix: m[1] as string, region: m[2] as string } : undefined;
  }

  /** A hosted-UI page or endpoint under `origin` (the domain base or oauthBase()), with a query. */
  hostedUi(origin: string, path: string, query?: URLSearchParams | Record<string, string>): string {
    const q = query === undefined ? "" : new URLSearchParams(query).toString();
    return `${origin}${path}${q ? `?${q}` : ""}`;
  }

  /**
   * A client's registered redirect URI with parameters appended to its query. Built by string so the
   * registered value is kept byte for byte (custom schemes such as myapp://cb are not normalised).
   */
  redirectWithQuery(redirectUri: string, params: Record<string, string | undefined>): string {
    const q = queryOf(params);
    if (!q) return redirectUri;
    return `${redirectUri}${redirectUri.includes("?") ? "&" : "?"}${q}`;
  }

  /** Implicit grant: tokens go in the fragment, never the query. */
  redirectWithFragment(redirectUri: string, params: Record<string, string | undefined>): string {
    return `${redirectUri}#${queryOf(params)}`;
  }

  /** Invoke URL of a stage, by Host header. */
  executeApi(restApiId: string, stage: string): string {
    const u = new URL(this.base);
    return `${u.protocol}//${restApiId}.execute-api.localhost${u.port ? `:${u.port}` : ""}/${stage}`;
  }

  /** Invoke URL of a stage, by path (no DNS needed). */
  executeApiByPath(restApiId: string, stage: string): string {
    return `${this.base}/_aws/execute-api/${restApiId}/${stage}`;
  }
}

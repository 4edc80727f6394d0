/**
 * Inputs of the Postman / OAuth 2.0 checks (C1–C8 of the article). Both are plain data: what the user typed into
 * their OAuth client, and what Cognito says about the app client, as read through the public API
 * (DescribeUserPoolClient, DescribeUserPool, DescribeUserPoolDomain, ListResourceServers). The checks never do I/O.
 */

/** Cognito's names for the flows an app client allows (AllowedOAuthFlows). */
export type CognitoFlow = "code" | "implicit" | "client_credentials";

/** The grant as the user's client names it, normalised. `unknown` keeps what they typed for the message. */
export type GrantType = "authorization_code" | "implicit" | "client_credentials" | "password" | "refresh_token" | "unknown";

export interface OAuthSetup {
  grantType: GrantType;
  /** The text the user gave, e.g. "Authorization Code (With PKCE)". */
  grantTypeLabel: string;
  pkce: boolean;
  clientId: string;
  clientSecret?: string;
  authUrl?: string;
  tokenUrl?: string;
  callbackUrl?: string;
  /** Requested scopes, space separated in Postman's field. */
  scopes: string[];
  /** Postman's "Client Authentication": credentials in a Basic Authorization header, or in the body. */
  clientAuthentication?: "header" | "body";
  /** What the client sends as Content-Type to the token endpoint, when the user says so. */
  tokenContentType?: string;
}

/** The subset of DescribeUserPoolClient's UserPoolClient the checks read. */
export interface AppClientFacts {
  clientId: string;
  clientName?: string;
  hasSecret: boolean;
  /** Whether the secret the user gave equals the client's (compared in constant time by the reader). */
  secretMatches?: boolean;
  allowedOAuthFlowsUserPoolClient: boolean;
  allowedOAuthFlows: string[];
  allowedOAuthScopes: string[];
  callbackUrls: string[];
  supportedIdentityProviders: string[];
}

/** What the token endpoint answered to a deliberate probe (`--probe`). */
export interface TokenProbe {
  url: string;
  /** Status for a form-encoded POST with an invalid code (a healthy endpoint answers 400 invalid_grant). */
  formStatus?: number;
  formError?: string;
  /** Status for the same POST sent as JSON (Cognito answers 405 with an empty body). */
  jsonStatus?: number;
  /** Network failure text, when the endpoint did not answer at all. */
  unreachable?: string;
}

export interface OAuthFacts {
  /** The user pool the app client was looked for in. */
  userPoolId?: string;
  /** Region of the user pool (the part of its id before "_"). */
  region?: string;
  /** Region the API lives in, when the user named it (--api-region), to catch hosted-UI URLs of another region. */
  apiRegion?: string;
  /** The pool's Cognito domain prefix (DescribeUserPool → Domain), if any. */
  domainPrefix?: string;
  /** The pool's custom domain (DescribeUserPool → CustomDomain), if any. */
  customDomain?: string;
  /** Undefined when no app client with that id exists in the pool. */
  client?: AppClientFacts;
  /** When the client was not found: other client ids of the same pool, to spot a typo. */
  otherClientIds: string[];
  /** Scopes the pool's resource servers define ("identifier/scope"). */
  resourceServerScopes: string[];
  /**
   * Set when checking against a local emulator: the base URL (http://127.0.0.1:4599) whose hosted UI is served at
   * the root and at http://{prefix}.auth.{region}.localhost:{port}.
   */
  localBase?: string;
  probe?: TokenProbe;
}

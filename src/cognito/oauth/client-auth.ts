import type { IncomingMessage } from "node:http";
import type { CognitoStore } from "../../store/cognito/index.js";
import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import { OAuthError } from "../../wire/errors.js";
import { constantTimeEqual } from "../auth/secret-hash.js";

export interface AuthenticatedClient {
  client: ClientRecord;
  pool: PoolRecord;
  /** True when the caller proved the client secret (client_secret_basic or client_secret_post). */
  withSecret: boolean;
}

/** RFC 6749 2.3.1: client id and secret are form-urlencoded before Basic encoding. */
const formDecode = (v: string): string | undefined => {
  try {
    return decodeURIComponent(v.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
};

function basicCredentials(req: IncomingMessage): { id: string; secret: string } | undefined | "malformed" {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m) return "malformed";
  const decoded = Buffer.from(m[1] as string, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return "malformed";
  const id = formDecode(decoded.slice(0, colon));
  const secret = formDecode(decoded.slice(colon + 1));
  return id === undefined || secret === undefined ? "malformed" : { id, secret };
}

/**
 * Client authentication at the token and revoke endpoints: HTTP Basic (client_secret_basic) or
 * `client_id` + `client_secret` in the body (client_secret_post); public clients send only `client_id`.
 * A client with a secret must prove it; the secret is compared in constant time. A secret-less client
 * sending Basic with an empty password (Postman's default) is accepted like client_secret_post.
 * `status` is 400 at the token endpoint and 401 at the revoke endpoint (AWS Developer Guide, "token endpoint" and "revocation endpoint").
 */
export function authenticateClient(
  store: CognitoStore,
  req: IncomingMessage,
  form: URLSearchParams,
  status: 400 | 401,
  domainPool?: PoolRecord,
): AuthenticatedClient {
  const invalid = (why: string) => new OAuthError("invalid_client", status, why);
  const basic = basicCredentials(req);
  if (basic === "malformed") throw invalid("malformed Basic authorization header");
  const bodyId = form.get("client_id");
  const bodySecret = form.get("client_secret");
  if (basic && bodySecret !== null) throw new OAuthError("invalid_request", 400, "client secret sent both in Basic and in the body");
  if (basic && bodyId !== null && bodyId !== basic.id) throw invalid("client_id in the body differs from the Basic credentials");
  const clientId = basic?.id ?? bodyId;
  const secret = basic ? basic.secret : bodySecret;
  if (!clientId) throw invalid("no client_id");
  const client = store.clients.get(clientId);
  const pool = client ? store.pools.get(client.UserPoolId) : undefined;
  if (!client || !pool || (domainPool && domainPool.Id !== pool.Id)) throw invalid(`unknown client ${clientId}`);
  if (client.ClientSecret) {
    if (!secret) throw invalid("client has a secret but none was sent");
    if (!constantTimeEqual(secret, client.ClientSecret)) throw invalid("wrong client secret");
    return { client, pool, withSecret: true };
  }
  if (secret) throw invalid("client has no secret but one was sent");
  return { client, pool, withSecret: false };
}

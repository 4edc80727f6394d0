import { createPublicKey, type KeyObject } from "node:crypto";
import { networkErrorCode } from "../aws/target.js";
import type { HttpSend } from "../http-client.js";

export type JwksResult = { keys: Map<string, KeyObject>; url: string } | { error: string; url: string };

/**
 * Fetches a JWKS ({"keys":[{kid,kty:"RSA",n,e,...}]}) and keeps the RSA signing keys by kid. A failure is reported,
 * not thrown: without the keys the doctor still explains everything but the signature.
 */
export async function fetchJwks(url: string, send: HttpSend): Promise<JwksResult> {
  try {
    const res = await send(url, { method: "GET", headers: { accept: "application/json" }, timeoutMs: 5000 });
    if (res.status !== 200) return { error: `HTTP ${res.status}`, url };
    const doc = JSON.parse(res.body) as { keys?: Array<Record<string, unknown>> };
    if (!Array.isArray(doc.keys)) return { error: "no keys array", url };
    const keys = new Map<string, KeyObject>();
    for (const jwk of doc.keys) {
      if (jwk.kty !== "RSA" || typeof jwk.kid !== "string" || (jwk.use !== undefined && jwk.use !== "sig")) continue;
      try {
        keys.set(jwk.kid, createPublicKey({ key: jwk as any, format: "jwk" }));
      } catch {
        // A malformed key is simply not usable.
      }
    }
    return { keys, url };
  } catch (e) {
    return { error: networkErrorCode(e) ?? (e as Error).message, url };
  }
}

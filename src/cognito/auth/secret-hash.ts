import { createHmac, timingSafeEqual } from "node:crypto";
import type { ClientRecord } from "../../store/cognito/records.js";
import { notAuthorized } from "../../wire/errors.js";

/** SECRET_HASH = Base64(HMAC-SHA256(key = client secret, message = username + client id)). */
export const computeSecretHash = (secret: string, username: string, clientId: string): string =>
  createHmac("sha256", secret)
    .update(username + clientId)
    .digest("base64");

export const constantTimeEqual = (a: string, b: string): boolean => {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
};

/**
 * Enforces SECRET_HASH for clients with a secret, with AWS's exact messages. `usernames` lists the names
 * the hash may have been computed with (what the caller typed, and the internal username).
 */
export function checkSecretHash(client: ClientRecord, hash: string | undefined, usernames: string[]): void {
  if (!client.ClientSecret) return;
  if (!hash) throw notAuthorized(`Client ${client.ClientId} is configured with secret but SECRET_HASH was not received`);
  const secret = client.ClientSecret;
  if (!usernames.some((u) => constantTimeEqual(computeSecretHash(secret, u, client.ClientId), hash))) {
    throw notAuthorized(`Unable to verify secret hash for client ${client.ClientId}`);
  }
}

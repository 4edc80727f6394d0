import { randomBytes, randomInt, randomUUID } from "node:crypto";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

function pick(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Identifier shapes as AWS mints them (see docs/fidelity.md). Injected so tests can pin them. */
export interface Ids {
  uuid(): string;
  /** `{region}_{9 mixed-case alphanumerics}`: aws-jwt-verify rejects any other shape. */
  userPoolId(region: string): string;
  /** 26 lowercase alphanumerics, like real app client ids. */
  clientId(): string;
  /** 52 lowercase alphanumerics, like generated client secrets. */
  clientSecret(): string;
  /** Six digits, as Cognito's default e-mail/SMS codes. */
  confirmationCode(): string;
  /** Opaque random bytes, base64url. */
  opaque(bytes: number): string;
  /** API Gateway ids: 10 lowercase alphanumerics (rest api, deployment), 6 for resources/authorizers. */
  apiGatewayId(length: number): string;
}

export const randomIds: Ids = {
  uuid: () => randomUUID(),
  userPoolId: (region) => `${region}_${pick(ALNUM, 9)}`,
  clientId: () => pick(LOWER_ALNUM, 26),
  clientSecret: () => pick(LOWER_ALNUM, 52),
  confirmationCode: () => String(randomInt(0, 1_000_000)).padStart(6, "0"),
  opaque: (bytes) => randomBytes(bytes).toString("base64url"),
  apiGatewayId: (length) => pick(LOWER_ALNUM, length),
};

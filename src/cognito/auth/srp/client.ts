import { randomBytes } from "node:crypto";
import { claimSignature } from "./claim-signature.js";
import { N } from "./constants.js";
import { modPowN, powG } from "./mod-pow.js";
import { k } from "./multiplier.js";
import { hexToBigInt } from "./pad-hex.js";
import { scrambler } from "./scrambler.js";
import { sessionKey } from "./session-key.js";
import { formatSrpTimestamp } from "./timestamp.js";
import { computeX, poolNameOf } from "./verifier.js";

/** The PASSWORD_VERIFIER challenge parameters a client needs. */
export interface PasswordVerifierParameters {
  SALT: string;
  SRP_B: string;
  SECRET_BLOCK: string;
  USER_ID_FOR_SRP: string;
}

/**
 * The client side of Cognito's SRP, as amazon-cognito-identity-js and Amplify v6 run it, for callers that
 * are not browsers: poolgate's own benchmark and tests (with SECRET_HASH, which those libraries never send),
 * and scripts that want SRP tokens from the AWS SDK. Uses the same fast exponentiation as the server.
 */
export class SrpClient {
  readonly a: bigint;
  readonly A: bigint;

  /** `a` is 128 random bytes, as in amazon-cognito-identity-js; tests may pin it. */
  constructor(
    readonly userPoolId: string,
    a?: bigint,
  ) {
    this.a = a ?? BigInt(`0x${randomBytes(128).toString("hex")}`);
    this.A = powG(this.a);
    if (this.A % N === 0n) throw new Error("A mod N cannot be 0");
  }

  /** AuthParameters.SRP_A: unpadded lowercase hex. */
  get srpA(): string {
    return this.A.toString(16);
  }

  /** The HKDF key K for the challenge (after checking B and u as the client libraries do). */
  passwordKey(password: string, p: PasswordVerifierParameters): Buffer {
    const B = hexToBigInt(p.SRP_B);
    if (B % N === 0n) throw new Error("B cannot be zero");
    const u = scrambler(this.A, B);
    if (u === 0n) throw new Error("U cannot be zero");
    const x = computeX(this.userPoolId, p.USER_ID_FOR_SRP, password, p.SALT);
    const base = (((B - ((k * powG(x)) % N)) % N) + N) % N;
    const S = modPowN(base, this.a + u * x);
    return sessionKey(S, u);
  }

  /** ChallengeResponses for PASSWORD_VERIFIER (without SECRET_HASH / DEVICE_KEY, which the caller adds). */
  respond(password: string, p: PasswordVerifierParameters, nowMs: number = Date.now()): Record<string, string> {
    const timestamp = formatSrpTimestamp(nowMs);
    const signature = claimSignature(this.passwordKey(password, p), {
      poolName: poolNameOf(this.userPoolId),
      username: p.USER_ID_FOR_SRP,
      secretBlock: p.SECRET_BLOCK,
      timestamp,
    });
    return {
      USERNAME: p.USER_ID_FOR_SRP,
      PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK,
      TIMESTAMP: timestamp,
      PASSWORD_CLAIM_SIGNATURE: signature,
    };
  }
}

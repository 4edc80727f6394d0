import { claimSignatureMatches, type PasswordClaim } from "./claim-signature.js";
import { N } from "./constants.js";
import { hexToBigInt } from "./pad-hex.js";
import { serverPremasterSecret } from "./premaster-secret.js";
import { scrambler } from "./scrambler.js";
import { newServerEphemeral } from "./server-ephemeral.js";
import { sessionKey } from "./session-key.js";

/** What the server keeps between the two SRP round trips (hex strings, so it can live in a JSON session). */
export interface SrpServerState {
  A: string;
  b: string;
  B: string;
  verifier: string;
}

/** First round trip: the client's A and the user's verifier in, the state to keep (with B for SRP_B) out. */
export function startPasswordVerifier(A: bigint, verifierHex: string): SrpServerState {
  const v = hexToBigInt(verifierHex);
  const { b, B } = newServerEphemeral(v);
  return { A: A.toString(16), b: b.toString(16), B: B.toString(16), verifier: verifierHex };
}

/**
 * Second round trip: derives K from the kept state and checks PASSWORD_CLAIM_SIGNATURE over the claim,
 * in constant time. False for a wrong password, any altered claim field, or a degenerate u.
 */
export function verifyPasswordClaim(state: SrpServerState, claim: PasswordClaim, signature: string): boolean {
  const A = hexToBigInt(state.A);
  const B = hexToBigInt(state.B);
  if (A % N === 0n) return false;
  const u = scrambler(A, B);
  if (u === 0n) return false;
  const S = serverPremasterSecret(A, hexToBigInt(state.verifier), u, hexToBigInt(state.b));
  return claimSignatureMatches(sessionKey(S, u), claim, signature);
}

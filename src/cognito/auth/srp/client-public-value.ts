import { N } from "./constants.js";

// A is < N, so 768 hex digits; a client that does not reduce A still sends far fewer than this.
const MAX_HEX_DIGITS = 2048;

/**
 * Parses AuthParameters.SRP_A, the client's public value A = g^a mod N, sent as unpadded hex
 * (`A.toString(16)`). SRP-6a's safety check: a server must abort when A mod N = 0, otherwise a client could
 * force the shared secret to 0 and sign in without the password. Returns undefined for anything unusable.
 */
export function parseSrpA(hex: string | undefined): bigint | undefined {
  if (typeof hex !== "string" || hex.length === 0 || hex.length > MAX_HEX_DIGITS || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const A = BigInt(`0x${hex}`);
  return A % N === 0n ? undefined : A;
}

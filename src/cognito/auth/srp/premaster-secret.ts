import { N } from "./constants.js";
import { modPowN } from "./mod-pow.js";

/**
 * The server's view of the shared secret: S = (A · v^u)^b mod N. The client reaches the same number as
 * (B − k·g^x)^(a + u·x) mod N.
 */
export const serverPremasterSecret = (A: bigint, v: bigint, u: bigint, b: bigint): bigint => modPowN((A * modPowN(v, u)) % N, b);

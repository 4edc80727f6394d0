import { createHmac, randomBytes } from "node:crypto";
import { N } from "./constants.js";

/*
 * PreventUserExistenceErrors=ENABLED: for an unknown username Cognito "returns a simulated response in the
 * first step as described in RFC 5054", with "the same salt and internal user id in UUID format for the same
 * user name and user pool combination"; the proof then fails like a wrong password (Developer Guide,
 * "Managing user existence error responses"). RFC 5054 §2.5.1.3 suggests deriving the fake salt from a
 * secret seed and the username, which is what this does (the seed lives as long as the process).
 */

const seed = randomBytes(32);

const derive = (label: string, poolId: string, username: string): Buffer => createHmac("sha256", seed).update(`${label}\0${poolId}\0${username}`).digest();

export interface SimulatedUser {
  /** A UUID that looks like a real internal username. */
  username: string;
  salt: string;
  /** A verifier no password matches (random, below N). */
  verifier: string;
}

/** The stable fake identity for a username that does not exist (case-folded, as usernames are by default). */
export function simulatedUser(poolId: string, typedUsername: string): SimulatedUser {
  const name = typedUsername.toLowerCase();
  const id = derive("id", poolId, name);
  id[6] = ((id[6] as number) & 0x0f) | 0x40;
  id[8] = ((id[8] as number) & 0x3f) | 0x80;
  const hex = id.subarray(0, 16).toString("hex");
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  const verifier = (BigInt(`0x${randomBytes(384).toString("hex")}`) % N).toString(16);
  return { username: uuid, salt: derive("salt", poolId, name).subarray(0, 16).toString("hex"), verifier };
}

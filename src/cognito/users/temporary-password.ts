import type { PasswordPolicy } from "../../store/cognito/records.js";

const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const DIGITS = "23456789";
const SYMBOLS = "^$*.[]{}()?!@#%&/,><:;|_~=+-";
const ALL = UPPER + LOWER + DIGITS;

/**
 * A temporary password for AdminCreateUser when the caller gives none: at least 12 characters (or the
 * policy's minimum) with one character of every class, so it satisfies any pool policy. `random` is a source
 * of random bytes (the injected id generator), so tests can pin it.
 */
export function generateTemporaryPassword(policy: PasswordPolicy, random: (bytes: number) => Buffer): string {
  const length = Math.max(policy.MinimumLength, 12);
  const bytes = random(length * 2);
  const pick = (alphabet: string, i: number) => alphabet[bytes[i]! % alphabet.length]!;
  const chars = [pick(UPPER, 0), pick(LOWER, 1), pick(DIGITS, 2), pick(SYMBOLS, 3)];
  for (let i = 4; i < length; i++) chars.push(pick(ALL, i));
  // Shuffle so the classes are not always in the same positions.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = bytes[length + i]! % (i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}

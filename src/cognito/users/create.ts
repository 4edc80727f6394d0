import type { CognitoStore } from "../../store/cognito/index.js";
import type { AttributeType, PoolRecord, UserRecord, UserStatus } from "../../store/cognito/records.js";
import { AwsJsonError, invalidParameter } from "../../wire/errors.js";
import { attributeValue, looksLikeEmail, looksLikePhone, mergeAttributes } from "./attributes.js";
import { usernameKey } from "./lookup.js";

/** Which operation is creating the user: AWS words the duplicate-username error differently for each. */
export type Creator = "SignUp" | "AdminCreateUser";

export interface ResolvedUsername {
  /** The internal username: what the caller typed, or the sub for pools with UsernameAttributes. */
  username: string;
  /** Attributes implied by the username (the email or phone number a username-attribute pool signs in with). */
  implied: AttributeType[];
}

/**
 * Maps what the caller typed to the internal username. In a pool with UsernameAttributes the user signs in
 * with an email or phone number, and Cognito stores the user under a UUID that equals `sub` (the value of
 * `cognito:username` in its tokens). In a pool with AliasAttributes an email- or phone-shaped username is
 * refused, since it could collide with another user's alias.
 */
export function resolveUsername(pool: PoolRecord, typed: string, sub: string): ResolvedUsername {
  const usernameAttrs = pool.UsernameAttributes ?? [];
  if (usernameAttrs.length) {
    if (usernameAttrs.includes("email") && looksLikeEmail(typed)) return { username: sub, implied: [{ Name: "email", Value: typed }] };
    if (usernameAttrs.includes("phone_number") && looksLikePhone(typed)) return { username: sub, implied: [{ Name: "phone_number", Value: typed }] };
    if (usernameAttrs.length === 2) throw invalidParameter("Username should be either an email or a phone number.");
    throw invalidParameter(usernameAttrs[0] === "email" ? "Username should be an email." : "Username should be a phone number.");
  }
  const aliases = pool.AliasAttributes ?? [];
  if (aliases.includes("email") && looksLikeEmail(typed))
    throw invalidParameter("Username cannot be of email format, since user pool is configured for email alias");
  if (aliases.includes("phone_number") && looksLikePhone(typed))
    throw invalidParameter("Username cannot be of phone number format, since user pool is configured for phone number alias");
  return { username: typed, implied: [] };
}

const usernameExists = (creator: Creator) =>
  new AwsJsonError("UsernameExistsException", creator === "SignUp" ? "User already exists" : "User account already exists");

/**
 * Refuses a duplicate: the same internal username, or (in a pool that signs in by email or phone) another
 * user with the same email or phone number. Called before the slow password hash and again inside the
 * write transaction, so two concurrent sign-ups of one name cannot both succeed.
 */
export function assertAvailable(store: CognitoStore, pool: PoolRecord, creator: Creator, username: string, attrs: AttributeType[]): void {
  if (store.users.get(pool.Id, usernameKey(pool, username))) throw usernameExists(creator);
  const usernameAttrs = pool.UsernameAttributes ?? [];
  const email = attributeValue(attrs, "email");
  if (usernameAttrs.includes("email") && email && store.users.byEmail(pool.Id, email).length)
    throw new AwsJsonError("UsernameExistsException", "An account with the given email already exists.");
  const phone = attributeValue(attrs, "phone_number");
  if (usernameAttrs.includes("phone_number") && phone && store.users.byPhone(pool.Id, phone).length)
    throw new AwsJsonError("UsernameExistsException", "An account with the given phone_number already exists.");
}

/** A new user record: `sub` first (as Cognito lists it), then the given attributes. */
export function newUserRecord(opts: { username: string; sub: string; attributes: AttributeType[]; status: UserStatus; now: number }): UserRecord {
  return {
    Username: opts.username,
    Attributes: mergeAttributes(
      [{ Name: "sub", Value: opts.sub }],
      opts.attributes.filter((a) => a.Name !== "sub"),
    ),
    Enabled: true,
    UserStatus: opts.status,
    UserCreateDate: opts.now,
    UserLastModifiedDate: opts.now,
  };
}

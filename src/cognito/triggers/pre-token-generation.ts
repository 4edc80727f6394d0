import type { GroupRecord } from "../../store/cognito/records.js";
import { type IssueRequest, issueTokens, type TokenServices, type TokenSet } from "../tokens/issue.js";
import { usernameKey } from "../users/lookup.js";
import { runTrigger, type TriggerServices, triggerAttributes, triggerOf } from "./run-trigger.js";

/** What a pre token generation answer changes in the tokens about to be signed. */
export interface TokenOverrides {
  id: { add: Record<string, unknown>; suppress: string[] };
  /** V2_0 only: V1_0 answers cannot change the access token. */
  access?: { add: Record<string, unknown>; suppress: string[]; scopesAdd: string[]; scopesSuppress: string[] };
  groups?: string[];
  roles?: string[];
  preferredRole?: string;
}

/**
 * Claims a trigger may not add, change or suppress (Developer Guide, "Pre token generation Lambda trigger"):
 * Cognito keeps its own values and ignores the request [inferred: ignored rather than refused].
 */
const PROTECTED_ID = new Set([
  "acr",
  "amr",
  "aud",
  "at_hash",
  "auth_time",
  "azp",
  "c_hash",
  "exp",
  "iat",
  "iss",
  "jti",
  "nbf",
  "nonce",
  "origin_jti",
  "sub",
  "token_use",
  "event_id",
]);
const PROTECTED_ACCESS = new Set([...PROTECTED_ID, "client_id", "scope", "username", "version"]);

export type TokenTriggerSource =
  | "TokenGeneration_Authentication"
  | "TokenGeneration_NewPasswordChallenge"
  | "TokenGeneration_RefreshTokens"
  | "TokenGeneration_HostedAuth";

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);
const record = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function allowed(add: Record<string, unknown>, protectedClaims: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(add).filter(([k]) => !protectedClaims.has(k)));
}

/** Runs the pool's pre token generation trigger, if any, and reads its answer as overrides. */
export async function preTokenGeneration(
  s: TriggerServices,
  r: Pick<IssueRequest, "pool" | "client" | "user" | "scope">,
  groups: GroupRecord[],
  triggerSource: TokenTriggerSource,
): Promise<TokenOverrides | undefined> {
  const trigger = triggerOf(r.pool, "PreTokenGeneration");
  if (!trigger) return undefined;
  const groupConfiguration = {
    groupsToOverride: groups.map((g) => g.GroupName),
    iamRolesToOverride: [...new Set(groups.map((g) => g.RoleArn).filter((a): a is string => !!a))],
    preferredRole: null,
  };
  const v2 = trigger.version === "2";
  const request: Record<string, unknown> = { userAttributes: triggerAttributes(r.user), groupConfiguration, clientMetadata: {} };
  if (v2) request.scopes = (r.scope ?? "aws.cognito.signin.user.admin").split(" ");
  const response = await runTrigger(s, r.pool, "PreTokenGeneration", {
    triggerSource,
    userName: r.user.Username,
    clientId: r.client.ClientId,
    request,
    response: v2 ? { claimsAndScopeOverrideDetails: null } : { claimsOverrideDetails: null },
  });
  if (!response) return undefined;
  const details = record(v2 ? response.claimsAndScopeOverrideDetails : response.claimsOverrideDetails);
  const idPart = v2 ? record(details.idTokenGeneration) : details;
  const groupPart = record(details.groupOverrideDetails);
  const out: TokenOverrides = {
    id: {
      add: allowed(record(idPart.claimsToAddOrOverride), PROTECTED_ID),
      suppress: (strings(idPart.claimsToSuppress) ?? []).filter((c) => !PROTECTED_ID.has(c)),
    },
    groups: strings(groupPart.groupsToOverride),
    roles: strings(groupPart.iamRolesToOverride),
    preferredRole: typeof groupPart.preferredRole === "string" ? groupPart.preferredRole : undefined,
  };
  if (v2) {
    const a = record(details.accessTokenGeneration);
    out.access = {
      add: allowed(record(a.claimsToAddOrOverride), PROTECTED_ACCESS),
      suppress: (strings(a.claimsToSuppress) ?? []).filter((c) => !PROTECTED_ACCESS.has(c)),
      scopesAdd: strings(a.scopesToAdd) ?? [],
      scopesSuppress: strings(a.scopesToSuppress) ?? [],
    };
  }
  return out;
}

/** issueTokens after the pool's pre token generation trigger: how every sign-in, refresh and OAuth grant mints tokens. */
export async function issueTokensAfterTrigger(s: TokenServices & TriggerServices, r: IssueRequest, triggerSource: TokenTriggerSource): Promise<TokenSet> {
  if (!triggerOf(r.pool, "PreTokenGeneration")) return issueTokens(s, r);
  const groups = s.store.groups.groupsOf(r.pool.Id, usernameKey(r.pool, r.user.Username));
  const overrides = await preTokenGeneration(s, r, groups, triggerSource);
  return issueTokens(s, { ...r, overrides, groupRecords: groups });
}

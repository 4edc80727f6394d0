import type { Services } from "../../services.js";
import type { ApiKey, UsagePlan } from "../../shapes/apigateway.js";
import { apiKeyNotFound, badRequest, conflict, usagePlanNotFound } from "./errors.js";
import { apigw } from "./lookup.js";

/**
 * API keys and usage plans: look-ups, value rules and the wire projections shared by their operations.
 * Messages follow moto's copies of AWS's (not captured from AWS itself); those marked poolgate's are our own.
 */

/** API Gateway quotas: an API key value is 20 to 128 characters. */
export const MIN_KEY_LENGTH = 20;
export const MAX_KEY_LENGTH = 128;
/** Generated values are 40 alphanumerics, like the ones AWS generates. */
const GENERATED_KEY_LENGTH = 40;

export function requireApiKeyRecord(s: Pick<Services, "db">, id: string): ApiKey {
  const key = apigw(s).apiKeys.get(id);
  if (!key) throw apiKeyNotFound();
  return key;
}

export function requireUsagePlan(s: Pick<Services, "db">, id: string): UsagePlan {
  const plan = apigw(s).usagePlans.get(id);
  if (!plan) throw usagePlanNotFound();
  return plan;
}

/** Checks a caller-chosen value: its length, and that no other key has it (values are unique per account). */
export function checkKeyValue(s: Pick<Services, "db">, value: string): string {
  if (value.length < MIN_KEY_LENGTH) throw badRequest(`API Key value should be at least ${MIN_KEY_LENGTH} characters`);
  // poolgate's wording: the quota is documented, AWS's message for it is not known.
  if (value.length > MAX_KEY_LENGTH) throw badRequest(`API Key value should be at most ${MAX_KEY_LENGTH} characters`);
  if (apigw(s).apiKeys.idOfValue(value) !== undefined) throw conflict("API Key already exists");
  return value;
}

/** A fresh value from the injected randomness, kept to letters and digits. */
export function generateKeyValue(s: Pick<Services, "ids">): string {
  let value = "";
  while (value.length < GENERATED_KEY_LENGTH) value += s.ids.opaque(45).replace(/[-_]/g, "");
  return value.slice(0, GENERATED_KEY_LENGTH);
}

/** GetApiKey(s) leave the value out unless asked with includeValue(s)=true. */
export function apiKeyView(key: ApiKey, includeValue: boolean): Omit<ApiKey, "value"> & { value?: string } {
  if (includeValue) return key;
  const { value: _value, ...rest } = key;
  return rest;
}

/** AWS's query booleans arrive as the strings "true"/"false". */
export const queryFlag = (q: URLSearchParams, name: string) => q.get(name) === "true";

/** A usage plan's key as UsagePlanKey: the key's id, its type, value and name. */
export const usagePlanKeyView = (key: ApiKey) => ({ id: key.id, type: "API_KEY", value: key.value, name: key.name });

/** A stage of a usage plan must exist when it is added (poolgate's wording for the refusal). */
export function checkApiStage(s: Pick<Services, "db">, apiId: unknown, stage: unknown): { apiId: string; stage: string } {
  if (typeof apiId !== "string" || typeof stage !== "string" || !apiId || !stage) throw badRequest("Invalid API Stage specified: apiId and stage are required");
  if (!apigw(s).stages.get(apiId, stage)) throw badRequest(`Invalid API Stage {api: ${apiId}, stage: ${stage}} specified`);
  return { apiId, stage };
}

/** "apiId:stage", the value UpdateUsagePlan's add/remove on /apiStages carry. */
export function parseApiStageValue(value: string | undefined): { apiId: string; stage: string } {
  const at = value?.indexOf(":") ?? -1;
  if (value === undefined || at <= 0 || at === value.length - 1) throw badRequest(`Invalid API Stage specified: ${value ?? "null"}. Must be apiId:stage`);
  return { apiId: value.slice(0, at), stage: value.slice(at + 1) };
}

import type { Authorizer, DeploymentSnapshot, GatewayResponse, Method, Resource, RestApi } from "../shapes/apigateway.js";

/**
 * One difference between what a stage serves (its deployment's frozen snapshot) and what a new deployment would
 * freeze now. `target` names the thing ("GET /pets", an authorizer's name, a gateway response type, "policy");
 * `field` the setting that differs, as the control plane names it; `before`/`after` are absent for an addition or
 * a removal.
 */
export interface Change {
  kind: "method" | "authorizer" | "policy" | "gateway-response";
  change: "added" | "removed" | "changed";
  target: string;
  field?: string;
  before?: unknown;
  after?: unknown;
}

/** The parts of the live configuration a deployment freezes (freezeSnapshot in apigateway/control/deployments.ts). */
export interface LiveConfiguration {
  api: RestApi;
  resources: Resource[];
  authorizers: Authorizer[];
  gatewayResponses: GatewayResponse[];
}

/** JSON with sorted keys: two values are the same setting when these strings are equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v ?? null);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** What of a method decides who may call it, and where the call goes. Scopes are a set: their order means nothing. */
function methodSettings(m: Method, authorizers: Authorizer[]): Record<string, unknown> {
  return {
    authorizationType: m.authorizationType,
    // By name where the authorizer exists: a new deployment would freeze the authorizer the id names.
    authorizer: m.authorizerId ? (authorizers.find((a) => a.id === m.authorizerId)?.name ?? m.authorizerId) : undefined,
    authorizationScopes: m.authorizationScopes?.length ? [...m.authorizationScopes].sort() : undefined,
    apiKeyRequired: m.apiKeyRequired,
    integration: m.methodIntegration ? [m.methodIntegration.type, m.methodIntegration.uri].filter(Boolean).join(" ") : undefined,
  };
}

const AUTHORIZER_FIELDS = [
  "type",
  "providerARNs",
  "identitySource",
  "identityValidationExpression",
  "authorizerUri",
  "authorizerCredentials",
  "authorizerResultTtlInSeconds",
] as const;

const RESPONSE_FIELDS = ["statusCode", "responseParameters", "responseTemplates"] as const;

function methodsOf(resources: Resource[]): Map<string, Method> {
  const out = new Map<string, Method>();
  for (const r of resources) for (const m of Object.values(r.resourceMethods ?? {})) out.set(`${m.httpMethod} ${r.path}`, m);
  return out;
}

/** Fields of `before` and `after` (same target) that differ, as changes. */
function fieldChanges(
  kind: Change["kind"],
  target: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
): Change[] {
  return fields.filter((f) => !same(before[f], after[f])).map((f) => ({ kind, change: "changed", target, field: f, before: before[f], after: after[f] }));
}

/** Added, removed and changed entries between two keyed collections. */
function keyedChanges<T>(kind: Change["kind"], before: Map<string, T>, after: Map<string, T>, compare: (b: T, a: T, key: string) => Change[]): Change[] {
  const out: Change[] = [];
  for (const [key, b] of before) {
    const a = after.get(key);
    out.push(...(a === undefined ? [{ kind, change: "removed" as const, target: key }] : compare(b, a, key)));
  }
  for (const key of after.keys()) if (!before.has(key)) out.push({ kind, change: "added", target: key });
  return out;
}

/**
 * What a new deployment would change for a stage: the stage's snapshot against the live configuration, in the
 * terms of the article's A2 ("changed the method, forgot to deploy"). Empty when the stage serves the current
 * configuration. Authorizers are matched by id and named by name; a resource policy is compared as stored.
 */
export function deploymentDiff(snapshot: DeploymentSnapshot, live: LiveConfiguration): Change[] {
  const name = (list: Authorizer[]) => (id: string) => list.find((a) => a.id === id)?.name ?? id;
  const methods = keyedChanges("method", methodsOf(snapshot.resources), methodsOf(live.resources), (b, a, key) =>
    fieldChanges("method", key, methodSettings(b, snapshot.authorizers), methodSettings(a, live.authorizers), [
      "authorizationType",
      "authorizer",
      "authorizationScopes",
      "apiKeyRequired",
      "integration",
    ]),
  );
  // An added or removed method says how it is (or was) protected, so the row reads on its own.
  const protection = (m: Method | undefined, list: Authorizer[]) => {
    if (!m) return undefined;
    const x = methodSettings(m, list);
    return [x.authorizationType, x.authorizer, ...((x.authorizationScopes as string[] | undefined) ?? []), x.apiKeyRequired ? "apiKeyRequired" : undefined]
      .filter(Boolean)
      .join(" · ");
  };
  const before = methodsOf(snapshot.resources);
  const after = methodsOf(live.resources);
  for (const c of methods) {
    if (c.change === "added") c.after = protection(after.get(c.target), live.authorizers);
    if (c.change === "removed") c.before = protection(before.get(c.target), snapshot.authorizers);
  }
  const authorizers = keyedChanges(
    "authorizer",
    new Map(snapshot.authorizers.map((a) => [a.id, a])),
    new Map(live.authorizers.map((a) => [a.id, a])),
    (b, a) => [
      ...(b.name === a.name ? [] : [{ kind: "authorizer" as const, change: "changed" as const, target: a.name, field: "name", before: b.name, after: a.name }]),
      ...fieldChanges("authorizer", a.name, { ...b }, { ...a }, AUTHORIZER_FIELDS),
    ],
  ).map((c) =>
    c.change === "changed" ? c : { ...c, target: c.change === "removed" ? name(snapshot.authorizers)(c.target) : name(live.authorizers)(c.target) },
  );
  const responses = keyedChanges(
    "gateway-response",
    new Map(snapshot.gatewayResponses.map((r) => [r.responseType, r])),
    new Map(live.gatewayResponses.map((r) => [r.responseType, r])),
    (b, a, key) => fieldChanges("gateway-response", key, { ...b }, { ...a }, RESPONSE_FIELDS),
  );
  const policy: Change[] = same(snapshot.api.policy, live.api.policy)
    ? []
    : [
        {
          kind: "policy",
          change: !snapshot.api.policy ? "added" : !live.api.policy ? "removed" : "changed",
          target: "policy",
          before: snapshot.api.policy,
          after: live.api.policy,
        },
      ];
  return [...methods, ...authorizers, ...policy, ...responses];
}

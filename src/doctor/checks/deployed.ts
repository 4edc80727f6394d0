import { resultTtlSeconds } from "../../checks/authorizer/lambda.js";
import { type Finding, finding } from "../../checks/types.js";
import type { DeployedAuthorizer, DeployedMethod } from "../inputs/api-config.js";

/**
 * A2 `api.deployed`: the stage's deployment contains the current settings of the method being called. A change
 * to a resource, method, authorizer, gateway response or policy has no effect until the API is redeployed (AWS
 * docs "Updates to a REST API that require redeployment").
 */
export const ID = "api.deployed";

export interface DeployedVsCurrent {
  stage: string;
  verb: string;
  path: string;
  /** The deployed method, if the deployment has the route. */
  deployed?: DeployedMethod;
  /** The method in the current configuration, if any. */
  current?: {
    authorizationType: string;
    scopes: string[];
    providerARNs?: string[];
    apiKeyRequired?: boolean;
    /** The method's authorizer as the API has it now (GetAuthorizers). */
    authorizer?: Omit<DeployedAuthorizer, "name" | "headerName">;
  };
  /** Whether the deployed authorizer and scopes could be read (GetExport). */
  exportAvailable: boolean;
  /** The resource policy differs between the deployment and the current configuration. */
  policyChanged?: boolean;
  /** Gateway response types customised differently in the deployment and now (e.g. CORS headers added, not deployed). */
  gatewayResponsesChanged?: string[];
  /**
   * The deployed stage lets this request through. An undeployed change is then no cause of a refusal: it is a
   * warning of what the next deployment puts in force, not a failure.
   */
  letsThrough?: boolean;
}

const same = (a: string[] = [], b: string[] = []) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

export function checkDeployed(d: DeployedVsCurrent): Finding {
  const f = compare(d);
  if (!d.letsThrough || f.status !== "fail" || f.messageKey === "route-not-deployed") return f;
  return { ...f, status: "warn", messageKey: `${f.messageKey}.pending` };
}

function compare(d: DeployedVsCurrent): Finding {
  const params = { stage: d.stage, method: d.verb, path: d.path };
  if (!d.deployed && d.current)
    return finding(ID, "fail", "route-not-deployed", {
      params,
      actual: `no ${d.verb} ${d.path} in stage ${d.stage}`,
      expected: `${d.verb} ${d.path} (it exists in the current configuration)`,
    });
  if (!d.deployed || !d.current) return finding(ID, "skip", "no-route", { params });
  if (d.deployed.authorizationType !== d.current.authorizationType)
    return finding(ID, "fail", "authorization-changed", {
      params: { ...params, deployedType: d.deployed.authorizationType, currentType: d.current.authorizationType },
      actual: d.deployed.authorizationType,
      expected: d.current.authorizationType,
    });
  if (!d.exportAvailable) return finding(ID, "pass", "routes-only", { params });
  if (d.current.authorizationType === "COGNITO_USER_POOLS") {
    if (!same(d.deployed.scopes, d.current.scopes))
      return finding(ID, "fail", "scopes-changed", {
        params: { ...params, deployedScopes: (d.deployed.scopes ?? []).join(" "), currentScopes: d.current.scopes.join(" ") },
        actual: d.deployed.scopes ?? [],
        expected: d.current.scopes,
      });
    if (d.current.providerARNs && !same(d.deployed.authorizer?.providerARNs, d.current.providerARNs))
      return finding(ID, "fail", "authorizer-changed", {
        params: { ...params, deployedPools: (d.deployed.authorizer?.providerARNs ?? []).join(", ") || "-", currentPools: d.current.providerARNs.join(", ") },
        actual: d.deployed.authorizer?.providerARNs ?? [],
        expected: d.current.providerARNs,
      });
  }
  const changed = changedSettings(d.deployed, d.current);
  if (changed.length > 0)
    return finding(ID, "fail", "settings-changed", {
      params: { ...params, settings: changed.map((c) => c.setting).join(", ") },
      actual: Object.fromEntries(changed.map((c) => [c.setting, c.deployed])),
      expected: Object.fromEntries(changed.map((c) => [c.setting, c.current])),
    });
  if (d.policyChanged)
    return finding(ID, "fail", "policy-changed", { params, actual: "the deployed resource policy", expected: "the current resource policy" });
  if (d.gatewayResponsesChanged && d.gatewayResponsesChanged.length > 0)
    return finding(ID, "fail", "gateway-responses-changed", {
      params: { ...params, types: d.gatewayResponsesChanged.join(", ") },
      actual: "deployed gateway responses",
      expected: d.gatewayResponsesChanged,
    });
  return finding(ID, "pass", "ok", { params });
}

interface Change {
  setting: string;
  deployed: unknown;
  current: unknown;
}

/**
 * The method and authorizer settings a deployment freezes, other than the type, scopes and pools reported above:
 * a Lambda authorizer re-pointed (function, identity source, cache TTL, validation expression) or an API key
 * requirement added keeps its old value on the stage until the next deployment.
 */
function changedSettings(deployed: DeployedMethod, current: NonNullable<DeployedVsCurrent["current"]>): Change[] {
  const out: Change[] = [];
  const add = (setting: string, was: unknown, now: unknown) => {
    if (was !== now) out.push({ setting, deployed: was ?? null, current: now ?? null });
  };
  if (deployed.apiKeyRequired !== undefined && current.apiKeyRequired !== undefined) add("apiKeyRequired", deployed.apiKeyRequired, current.apiKeyRequired);
  const was = deployed.authorizer;
  const now = current.authorizer;
  if (!was || !now) return out;
  add("type", was.type, now.type);
  // Header names are case-insensitive: Authorization and authorization name the same source.
  const source = (s: string | undefined) =>
    s
      ?.split(",")
      .map((part) => part.trim().replace(/^(method\.request\.header\.)(.*)$/, (_, p: string, h: string) => p + h.toLowerCase()))
      .join(", ") || undefined;
  add("identitySource", source(was.identitySource), source(now.identitySource));
  if (now.type !== "COGNITO_USER_POOLS") {
    add("authorizerUri", was.authorizerUri, now.authorizerUri);
    add("authorizerResultTtlInSeconds", resultTtlSeconds(was), resultTtlSeconds(now));
  }
  add("identityValidationExpression", was.identityValidationExpression || undefined, now.identityValidationExpression || undefined);
  return out;
}

/** A JSON document with sorted keys, to compare two policies written differently. */
export function canonicalJson(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  try {
    return JSON.stringify(sort(JSON.parse(text)));
  } catch {
    return text;
  }
}

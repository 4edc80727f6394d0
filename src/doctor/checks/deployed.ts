import { type Finding, finding } from "../../checks/types.js";
import type { DeployedMethod } from "../inputs/api-config.js";

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
  current?: { authorizationType: string; scopes: string[]; providerARNs?: string[] };
  /** Whether the deployed authorizer and scopes could be read (GetExport). */
  exportAvailable: boolean;
  /** The resource policy differs between the deployment and the current configuration. */
  policyChanged?: boolean;
  /** Gateway response types customised differently in the deployment and now (e.g. CORS headers added, not deployed). */
  gatewayResponsesChanged?: string[];
}

const same = (a: string[] = [], b: string[] = []) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

export function checkDeployed(d: DeployedVsCurrent): Finding {
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
        params: { ...params, deployedScopes: (d.deployed.scopes ?? []).join(" ") || "-", currentScopes: d.current.scopes.join(" ") || "-" },
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

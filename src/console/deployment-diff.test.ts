import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Authorizer, DeploymentSnapshot, Method } from "../shapes/apigateway.js";
import { type Change, deploymentDiff, type LiveConfiguration } from "./deployment-diff.js";

const AUTHORIZER: Authorizer = {
  id: "a1",
  name: "Pool",
  type: "COGNITO_USER_POOLS",
  providerARNs: ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AAAAAAAAA"],
  identitySource: "method.request.header.Authorization",
};
const GET: Method = {
  httpMethod: "GET",
  authorizationType: "COGNITO_USER_POOLS",
  authorizerId: "a1",
  authorizationScopes: ["s/read", "s/write"],
  apiKeyRequired: false,
  methodIntegration: { type: "MOCK", timeoutInMillis: 29000 },
};

function live(edit: (c: LiveConfiguration) => void = () => {}): LiveConfiguration {
  const c: LiveConfiguration = structuredClone({
    api: { id: "api1", name: "x", createdDate: 0, rootResourceId: "r0" },
    resources: [
      { id: "r0", path: "/" },
      { id: "r1", parentId: "r0", pathPart: "pets", path: "/pets", resourceMethods: { GET } },
    ],
    authorizers: [AUTHORIZER],
    gatewayResponses: [],
  });
  edit(c);
  return c;
}

const snapshot: DeploymentSnapshot = { restApiId: "api1", deploymentId: "d1", createdDate: 0, ...live() };
const pets = (c: LiveConfiguration) => c.resources[1].resourceMethods as Record<string, Method>;

describe("deploymentDiff: what a new deployment would change", () => {
  const cases: { name: string; edit: (c: LiveConfiguration) => void; expected: Change[] }[] = [
    { name: "nothing changed", edit: () => {}, expected: [] },
    { name: "scopes in another order are the same", edit: (c) => pets(c).GET.authorizationScopes?.reverse(), expected: [] },
    {
      name: "a scope removed",
      edit: (c) => {
        pets(c).GET.authorizationScopes = ["s/read"];
      },
      expected: [{ kind: "method", change: "changed", target: "GET /pets", field: "authorizationScopes", before: ["s/read", "s/write"], after: ["s/read"] }],
    },
    {
      name: "the API key flag and the authorization type",
      edit: (c) => {
        Object.assign(pets(c).GET, { apiKeyRequired: true, authorizationType: "NONE", authorizerId: undefined, authorizationScopes: undefined });
      },
      expected: [
        { kind: "method", change: "changed", target: "GET /pets", field: "authorizationType", before: "COGNITO_USER_POOLS", after: "NONE" },
        { kind: "method", change: "changed", target: "GET /pets", field: "authorizer", before: "Pool", after: undefined },
        { kind: "method", change: "changed", target: "GET /pets", field: "authorizationScopes", before: ["s/read", "s/write"], after: undefined },
        { kind: "method", change: "changed", target: "GET /pets", field: "apiKeyRequired", before: false, after: true },
      ],
    },
    {
      name: "a method added and one removed",
      edit: (c) => {
        const m = pets(c);
        m.POST = { ...GET, httpMethod: "POST", authorizationScopes: undefined, apiKeyRequired: true };
        c.resources.push({ id: "r2", parentId: "r0", pathPart: "old", path: "/old" });
        delete m.GET;
      },
      expected: [
        { kind: "method", change: "removed", target: "GET /pets", before: "COGNITO_USER_POOLS · Pool · s/read · s/write" },
        { kind: "method", change: "added", target: "POST /pets", after: "COGNITO_USER_POOLS · Pool · apiKeyRequired" },
      ],
    },
    {
      name: "the authorizer's pools, identity source and TTL",
      edit: (c) => {
        Object.assign(c.authorizers[0], { providerARNs: [], identitySource: "method.request.header.X-Token", authorizerResultTtlInSeconds: 0 });
      },
      expected: [
        { kind: "authorizer", change: "changed", target: "Pool", field: "providerARNs", before: AUTHORIZER.providerARNs, after: [] },
        {
          kind: "authorizer",
          change: "changed",
          target: "Pool",
          field: "identitySource",
          before: "method.request.header.Authorization",
          after: "method.request.header.X-Token",
        },
        { kind: "authorizer", change: "changed", target: "Pool", field: "authorizerResultTtlInSeconds", before: undefined, after: 0 },
      ],
    },
    {
      name: "a resource policy and a gateway response",
      edit: (c) => {
        c.api.policy = '{"Statement":[]}';
        c.gatewayResponses.push({ responseType: "UNAUTHORIZED", statusCode: "401", defaultResponse: false });
      },
      expected: [
        { kind: "policy", change: "added", target: "policy", before: undefined, after: '{"Statement":[]}' },
        { kind: "gateway-response", change: "added", target: "UNAUTHORIZED" },
      ],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(deploymentDiff(snapshot, live(c.edit)), c.expected));
});

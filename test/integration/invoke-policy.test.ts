import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cognitoAuthorizer, createPool, type InvokeServer, invokeUrl, MOCK_200, type PoolFixture, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

const policy = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const allowAll = { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" };
const denyIp = (cidr: string) => ({
  Effect: "Deny",
  Principal: "*",
  Action: "execute-api:Invoke",
  Resource: "execute-api:/*",
  Condition: { IpAddress: { "aws:SourceIp": cidr } },
});

describe("invoke: resource policies (deployed with the API)", () => {
  let t: InvokeServer;
  let a: PoolFixture;
  before(async () => {
    t = await startInvokeServer();
    a = await createPool(t);
    const resources = (auth: "NONE" | "COGNITO_USER_POOLS") => ({
      "/items": { GET: { authorizationType: auth, authorizerId: auth === "NONE" ? undefined : "auth01", methodIntegration: MOCK_200 } },
      "/": { GET: { authorizationType: auth, authorizerId: auth === "NONE" ? undefined : "auth01", methodIntegration: MOCK_200 } },
    });
    const deploy = (apiId: string, p: string, auth: "NONE" | "COGNITO_USER_POOLS" = "NONE") =>
      t.deployments.deploy(snapshotOf({ apiId, policy: p, authorizers: [cognitoAuthorizer([a.arn])], resources: resources(auth) }), "dev");
    deploy("allowloop1", policy({ ...allowAll, Condition: { IpAddress: { "aws:SourceIp": ["127.0.0.0/8", "::1/128"] } } }));
    deploy("allowelse1", policy({ ...allowAll, Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }));
    deploy("denyloop01", policy(allowAll, denyIp("127.0.0.1/32")));
    deploy("denyonly01", policy(denyIp("127.0.0.1/32")), "COGNITO_USER_POOLS");
    deploy("denyonly02", policy(denyIp("192.0.2.0/24")), "COGNITO_USER_POOLS");
    deploy("stageonly1", policy({ ...allowAll, Resource: "execute-api:/prod/*" }));
    deploy(
      "vpceonly01",
      policy(allowAll, {
        Effect: "Deny",
        Principal: "*",
        Action: "execute-api:Invoke",
        Resource: "execute-api:/*",
        Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0123" } },
      }),
    );
    deploy("escaped001", JSON.stringify(policy(allowAll)).slice(1, -1));
  });
  after(() => t.stop());

  const get = (apiId: string, path = "/items", headers: Record<string, string> = {}) => fetch(invokeUrl(t, apiId, "dev", path), { headers });
  const lastCause = async () =>
    ((await (await fetch(`${t.url}/_poolgate/requests?limit=1`)).json()) as { requests: { cause?: { id: string; messageKey: string } }[] }).requests[0].cause;

  it("allows a source IP the Allow statement names", async () => {
    assert.equal((await get("allowloop1")).status, 200);
  });

  it("refuses a source IP no Allow matches, with AWS's implicit-deny message and a capital-M Message", async () => {
    const res = await get("allowelse1");
    assert.equal(res.status, 403);
    assert.equal(res.headers.get("x-amzn-errortype"), "AccessDeniedException");
    assert.equal(
      await res.text(),
      JSON.stringify({
        Message:
          "User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********0000:allowelse1/dev/GET/items because no resource-based policy allows the execute-api:Invoke action",
      }),
    );
    assert.deepEqual(await lastCause(), {
      id: "api.resource-policy",
      messageKey: "no-allow",
      actual: "no Allow statement matches",
      expected: "an Allow for arn:aws:execute-api:us-east-1:000000000000:allowelse1/dev/GET/items",
    });
  });

  it("refuses an explicitly denied IP even when an Allow matches", async () => {
    const res = await get("denyloop01", "/");
    assert.equal(res.status, 403);
    assert.equal(
      await res.text(),
      JSON.stringify({
        Message:
          "User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********0000:denyloop01/dev/GET/ with an explicit deny in a resource-based policy",
      }),
    );
    assert.equal((await lastCause())?.messageKey, "explicit-deny");
  });

  it("with a Cognito method, authenticates first: no token is 401, a good token from a denied IP is 403", async () => {
    const none = await get("denyonly01");
    assert.equal(none.status, 401);
    const denied = await get("denyonly01", "/items", { authorization: a.tokens().IdToken! });
    assert.equal(denied.status, 403);
    assert.match(await denied.text(), /explicit deny/);
  });

  it("with a Cognito method, a deny-list policy that does not match lets the caller through", async () => {
    assert.equal((await get("denyonly02", "/items", { authorization: a.tokens().IdToken! })).status, 200);
  });

  it("matches the stage part of the Resource ARN", async () => {
    assert.equal((await get("stageonly1")).status, 403);
  });

  it("treats aws:SourceVpce as absent locally, so a private-API deny refuses every caller", async () => {
    assert.equal((await get("vpceonly01")).status, 403);
  });

  it("reads a policy stored with AWS's backslash escaping", async () => {
    assert.equal((await get("escaped001")).status, 200);
  });
});

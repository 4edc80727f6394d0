import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CreateDeploymentCommand, CreateRestApiCommand, PutIntegrationCommand, PutMethodCommand } from "@aws-sdk/client-api-gateway";
import { doctor } from "../harness/doctor.js";
import { startServer, type TestServer } from "../harness/server.js";

/** The rough edges a first-hour user met in the doctor, each as it was seen. */
describe("the doctor as a newcomer meets it", () => {
  let t: TestServer;
  let api: string;
  before(async () => {
    t = await startServer();
    const created = await t.apigateway.send(new CreateRestApiCommand({ name: "petsdemo" }));
    api = created.id ?? "";
    const root = created.rootResourceId ?? "";
    await t.apigateway.send(new PutMethodCommand({ restApiId: api, resourceId: root, httpMethod: "GET", authorizationType: "NONE" }));
    await t.apigateway.send(new PutIntegrationCommand({ restApiId: api, resourceId: root, httpMethod: "GET", type: "MOCK" }));
    await t.apigateway.send(new CreateDeploymentCommand({ restApiId: api, stageName: "dev" }));
  });
  after(() => t.stop());

  it("a URL with no stage: the fix shows the URL's shape and the API's stages, not an empty placeholder", async () => {
    for (const lang of ["en", "ja"]) {
      const r = await doctor(["request", `${t.url}/_aws/execute-api/${api}`, "--lang", lang]);
      assert.equal(r.code, 1);
      assert.ok(r.stdout.includes("/<stage>/<path>"), r.stdout);
      assert.ok(r.stdout.includes("dev"), r.stdout);
      assert.ok(!r.stdout.includes("//{path}"), r.stdout);
    }
  });

  it("poolgate's own OAuth endpoints are recognised as Cognito, and a JSON token request is explained as the 405 it gets", async () => {
    const plain = await doctor(["curl", `curl -X POST ${t.url}/oauth2/token -d grant_type=client_credentials`]);
    assert.equal(plain.code, 2);
    assert.match(plain.stderr, /Cognito endpoint/);
    const json = await doctor(["curl", `curl -X POST ${t.url}/oauth2/token -H 'Content-Type: application/json' -d '{"grant_type":"authorization_code"}'`]);
    assert.equal(json.code, 2);
    assert.match(json.stderr, /405/);
    assert.match(json.stderr, /x-www-form-urlencoded/);
  });

  it("--json usage errors print a JSON error object on standard output too", async () => {
    const r = await doctor(["request", "https://abc.appsync-api.us-east-1.amazonaws.com/graphql", "--json"]);
    assert.equal(r.code, 2);
    const out = JSON.parse(r.stdout) as { verdict: string; error: { code: string; message: string } };
    assert.equal(out.verdict, "error");
    assert.equal(out.error.code, "doctor.usage.appsync-url");
    assert.match(out.error.message, /AppSync/);
  });

  it("--send to a method that answers without an error type says no '(x-amzn-ErrorType -)'", async () => {
    const r = await doctor(["request", `${t.url}/_aws/execute-api/${api}/dev/`, "--send"]);
    assert.ok(r.stdout.includes("Sent: the API answered"), r.stdout);
    assert.ok(!r.stdout.includes("x-amzn-ErrorType -"), r.stdout);
  });

  it("an alg-none token is called unsigned (forged or a test token), and its claims are still shown", async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const token = `${b64({ alg: "none" })}.${b64({ token_use: "id", iss: `${t.url}/us-east-1_abc`, exp: 4102444800 })}.`;
    const r = await doctor(["token", token, "--json", "--endpoint-url", t.url]);
    const decodable = r.json?.findings.find((f) => f.id === "token.decodable");
    assert.equal(decodable?.status, "fail");
    assert.match(decodable?.message ?? "", /unsigned/);
    assert.ok(
      r.json?.notes.some((n) => n.startsWith("token_use = id")),
      r.stdout,
    );
  });
});

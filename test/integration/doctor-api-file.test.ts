import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetExportCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { doctor, signedToken } from "../harness/doctor.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * `doctor request --api-file`: the API's configuration from an exported OpenAPI document, offline. The export comes
 * from poolgate's GetExport (what `aws apigateway get-export --parameters extensions=apigateway` gives on AWS); the
 * doctor is then pointed at an AWS invoke URL with no credentials, so any AWS API call would fail the run.
 */
describe("doctor request --api-file (offline)", () => {
  let t: TestServer;
  let dir: string;
  let poolId: string;
  let apiId: string;
  const files: Record<string, string> = {};

  before(async () => {
    t = await startServer();
    dir = mkdtempSync(join(tmpdir(), "poolgate-export-"));
    const apigw = t.apigateway;
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "export" }))).UserPool?.Id ?? "";
    const api = await apigw.send(new CreateRestApiCommand({ name: "export" }));
    apiId = api.id ?? "";
    const authorizer = await apigw.send(
      new CreateAuthorizerCommand({
        restApiId: apiId,
        name: "cognito",
        type: "COGNITO_USER_POOLS",
        providerARNs: [`arn:aws:cognito-idp:us-east-1:123456789012:userpool/${poolId}`],
        identitySource: "method.request.header.Authorization",
      }),
    );
    const res = await apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId, pathPart: "pets" }));
    for (const [verb, scopes] of [
      ["GET", undefined],
      ["POST", ["pets/write"]],
    ] as const) {
      await apigw.send(
        new PutMethodCommand({
          restApiId: apiId,
          resourceId: res.id,
          httpMethod: verb,
          authorizationType: "COGNITO_USER_POOLS",
          authorizerId: authorizer.id,
          authorizationScopes: scopes ? [...scopes] : undefined,
        }),
      );
      await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: res.id, httpMethod: verb, type: "MOCK" }));
    }
    await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev" }));
    for (const [name, accepts] of [
      ["api.json", "application/json"],
      ["api.yaml", "application/yaml"],
    ] as const) {
      const out = await apigw.send(
        new GetExportCommand({ restApiId: apiId, stageName: "dev", exportType: "oas30", parameters: { extensions: "apigateway" }, accepts }),
      );
      files[name] = join(dir, name);
      writeFileSync(files[name], Buffer.from(out.body ?? new Uint8Array()));
    }
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.stop();
  });

  const url = (path: string) => `https://${apiId}.execute-api.us-east-1.amazonaws.com/dev${path}`;
  const offlineEnv = { LANG: "C", AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", AWS_CONFIG_FILE: "/dev/null", AWS_SHARED_CREDENTIALS_FILE: "/dev/null" };

  for (const file of ["api.json", "api.yaml"]) {
    it(`explains an access token sent to a method without scopes, from ${file}`, async () => {
      const access = signedToken(t, poolId, "access", {});
      const r = await doctor(["request", url("/pets"), "-H", `Authorization: ${access}`, "--api-file", files[file] as string, "--json"], { env: offlineEnv });
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(r.failed, ["token.kind-for-scopes"]);
      assert.equal(r.status("authorizer.test-invoke"), "skip");
    });
  }

  it("passes the ID token on GET and reads the deployed scopes of POST", async () => {
    const id = signedToken(t, poolId, "id", {});
    const get = await doctor(["request", url("/pets"), "-H", `Authorization: ${id}`, "--api-file", files["api.json"] as string, "--json"], { env: offlineEnv });
    assert.equal(get.code, 0, get.stdout + get.stderr);
    const post = await doctor(["request", url("/pets"), "-X", "POST", "-H", `Authorization: ${id}`, "--api-file", files["api.json"] as string, "--json"], {
      env: offlineEnv,
    });
    assert.deepEqual(post.failed, ["token.kind-for-scopes"]);
  });

  it("says in one line when the file is missing or not an export", async () => {
    const missing = await doctor(["request", url("/pets"), "--api-file", join(dir, "nope.json")], { env: offlineEnv });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope\.json/);
    const other = join(dir, "other.json");
    writeFileSync(other, '{"hello":"world"}');
    const notExport = await doctor(["request", url("/pets"), "--api-file", other], { env: offlineEnv });
    assert.equal(notExport.code, 2);
    assert.match(notExport.stderr, /not an exported OpenAPI document/);
  });
});

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { parse as parseYaml } from "yaml";
import { deploymentReader } from "../../src/store/apigateway/index.js";
import { startServer, TEST_CREDENTIALS, type TestServer } from "../harness/server.js";

const run = promisify(execFile);
const POOL_ARN = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbCdEf123";

/** The AWS CLI (/usr/bin/aws) against the emulator, exactly as a user would call it. */
describe("aws apigateway ... --endpoint-url", () => {
  let t: TestServer;
  let dir: string;
  const env = () => ({
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: dir,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_PAGER: "",
    AWS_CONFIG_FILE: join(dir, "config"),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, "credentials"),
  });
  async function aws(...args: string[]): Promise<any> {
    const { stdout } = await run(
      "/usr/bin/aws",
      ["apigateway", ...args, ...(process.env.APICTL_DEBUG ? ["--debug"] : []), "--endpoint-url", t.url, "--region", "us-east-1", "--output", "json"],
      {
        env: env(),
        timeout: 60_000,
      },
    );
    return stdout.trim() ? JSON.parse(stdout) : undefined;
  }
  before(async () => {
    t = await startServer();
    dir = mkdtempSync(join(tmpdir(), "poolgate-cli-"));
  });
  after(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("create-rest-api → create-resource → put-method → create-authorizer → create-deployment", { timeout: 120_000 }, async () => {
    const api = await aws("create-rest-api", "--name", "cli-pets");
    assert.match(api.id, /^[a-z0-9]{10}$/);
    // Debian's CLI (2.9) predates `rootResourceId` in the model, so the root comes from get-resources, as in AWS's older tutorials.
    const root = (await aws("get-resources", "--rest-api-id", api.id)).items.find((r: { path: string }) => r.path === "/");
    assert.ok(root?.id);
    const resource = await aws("create-resource", "--rest-api-id", api.id, "--parent-id", root.id, "--path-part", "pets");
    assert.equal(resource.path, "/pets");
    const authorizer = await aws(
      "create-authorizer",
      "--rest-api-id",
      api.id,
      "--name",
      "pool",
      "--type",
      "COGNITO_USER_POOLS",
      "--provider-arns",
      POOL_ARN,
      "--identity-source",
      "method.request.header.Authorization",
    );
    assert.deepEqual(authorizer.providerARNs, [POOL_ARN]);
    const method = await aws(
      "put-method",
      "--rest-api-id",
      api.id,
      "--resource-id",
      resource.id,
      "--http-method",
      "GET",
      "--authorization-type",
      "COGNITO_USER_POOLS",
      "--authorizer-id",
      authorizer.id,
      "--authorization-scopes",
      "pets/read",
    );
    assert.equal(method.authorizerId, authorizer.id);
    assert.deepEqual(method.authorizationScopes, ["pets/read"]);
    await aws(
      "put-integration",
      "--rest-api-id",
      api.id,
      "--resource-id",
      resource.id,
      "--http-method",
      "GET",
      "--type",
      "MOCK",
      "--request-templates",
      '{"application/json":"{\\"statusCode\\":200}"}',
    );
    const deployment = await aws("create-deployment", "--rest-api-id", api.id, "--stage-name", "dev");
    assert.match(deployment.id, /^[a-z0-9]{10}$/);
    const stage = await aws("get-stage", "--rest-api-id", api.id, "--stage-name", "dev");
    assert.equal(stage.deploymentId, deployment.id);
    const snap = deploymentReader(t.app.services.db).snapshot(api.id, deployment.id);
    assert.equal(snap?.resources.find((r) => r.path === "/pets")?.resourceMethods?.GET?.authorizerId, authorizer.id);

    const resources = await aws("get-resources", "--rest-api-id", api.id, "--embed", "methods", "--page-size", "1");
    assert.deepEqual(resources.items.map((r: { path: string }) => r.path).sort(), ["/", "/pets"], "the CLI follows `position` across pages");

    const out = join(dir, "export.yaml");
    await run(
      "/usr/bin/aws",
      [
        "apigateway",
        "get-export",
        "--rest-api-id",
        api.id,
        "--stage-name",
        "dev",
        "--export-type",
        "oas30",
        "--accepts",
        "application/yaml",
        "--parameters",
        "extensions=authorizers",
        out,
        "--endpoint-url",
        t.url,
        "--region",
        "us-east-1",
      ],
      { env: env(), timeout: 60_000 },
    );
    const doc = parseYaml(readFileSync(out, "utf8"));
    assert.deepEqual(doc.paths["/pets"].get.security, [{ pool: ["pets/read"] }]);
  });

  it("prints AWS's error for a missing API and exits non-zero", { timeout: 60_000 }, async () => {
    await assert.rejects(aws("get-rest-api", "--rest-api-id", "nope000000"), (e: Error & { stderr?: string; code?: number }) => {
      assert.notEqual(e.code, 0);
      assert.match(
        e.stderr ?? "",
        /An error occurred \(NotFoundException\) when calling the GetRestApi operation: Invalid API identifier specified 000000000000:nope000000/,
      );
      return true;
    });
  });
});

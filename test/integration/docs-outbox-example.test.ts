import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { AdminGetUserCommand, ListUserPoolsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { AWS_BIN } from "../harness/aws-cli.js";
import { startServer, type TestServer } from "../harness/server.js";

/** docs/local-endpoints.md's outbox example, run as printed (bash, the AWS CLI and jq) against a real server. */
describe("docs/local-endpoints.md: the sign-up example runs as printed", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  it("signs jane up and confirms her with the code from the outbox", async () => {
    const page = readFileSync(new URL("../../docs/local-endpoints.md", import.meta.url), "utf8");
    const script = /Example — sign up and confirm[\s\S]*?```sh\n([\s\S]*?)```/.exec(page)?.[1];
    assert.ok(script, "the example block is on the page");
    const port = new URL(t.url).port;
    const body = script.replaceAll("http://127.0.0.1:4599", `http://127.0.0.1:${port}`);
    const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        "bash",
        ["-euo", "pipefail", "-c", body],
        {
          env: {
            PATH: `${AWS_BIN === "aws" ? "" : "/usr/bin:"}${process.env.PATH}`,
            HOME: process.env.HOME,
            AWS_ACCESS_KEY_ID: "AKIDPOOLGATETEST",
            AWS_SECRET_ACCESS_KEY: "poolgate-test-secret",
            AWS_DEFAULT_REGION: "us-east-1",
            AWS_REGION: "us-east-1",
            AWS_PAGER: "",
            AWS_CONFIG_FILE: "/dev/null",
            AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
            AWS_EC2_METADATA_DISABLED: "true",
          },
          timeout: 120_000,
        },
        (err, _stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
      );
    });
    assert.equal(run.code, 0, run.stderr);
    const pools = await t.cognito.send(new ListUserPoolsCommand({ MaxResults: 10 }));
    const pool = pools.UserPools?.find((p) => p.Name === "signups");
    assert.ok(pool?.Id);
    const jane = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: pool.Id, Username: "jane" }));
    assert.equal(jane.UserStatus, "CONFIRMED");
  });
});

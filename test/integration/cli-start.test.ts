import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { CognitoIdentityProviderClient, CreateUserPoolClientCommand, CreateUserPoolCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { handlerModule } from "../harness/lambda-files.js";
import { exited, runCli, startCli } from "../harness/process.js";
import { TEST_CREDENTIALS } from "../harness/server.js";

const PACKAGE_VERSION = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version as string;

describe("poolgate start (compiled CLI)", () => {
  it("prints the ready line, answers health, and exits 0 on SIGTERM", async () => {
    const s = await startCli(["start", "--ephemeral", "--port", "0"]);
    const res = await fetch(`${s.url}/_poolgate/health`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, "ok");
    assert.equal(body.version, PACKAGE_VERSION);
    assert.equal(body.storage, "memory");
    s.child.kill("SIGTERM");
    assert.equal(await exited(s.child), 0);
  });

  it("takes options from the environment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poolgate-cli-"));
    try {
      const s = await startCli(["start", "--port", "0"], { POOLGATE_DATA_DIR: dir, POOLGATE_REGION: "eu-west-1" });
      const body = await (await fetch(`${s.url}/_poolgate/health`)).json();
      assert.equal(body.region, "eu-west-1");
      assert.equal(body.storage, "sqlite");
      s.child.kill("SIGINT");
      assert.equal(await exited(s.child), 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the database file it cannot use, in one line, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poolgate-cli-"));
    try {
      // A directory where the database file belongs: SQLite cannot open it (a read-only file fails the same way).
      mkdirSync(join(dir, "poolgate.sqlite"));
      const r = await runCli(["start", "--port", "0", "--data-dir", dir]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.ok(r.stderr.includes(join(dir, "poolgate.sqlite")), r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a bad option with one line and exit status 2", async () => {
    const r = await runCli(["start", "--port", "seventy"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^poolgate: --port must be an integer/);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
  });

  it("wraps help to 100 columns when the output is not a terminal", async () => {
    for (const args of [
      ["start", "--help"],
      ["doctor", "token", "--help"],
      ["doctor", "request", "--help"],
    ]) {
      const r = await runCli(args);
      // A single word longer than the width (a URL) cannot be wrapped; anything else must be.
      const long = r.stdout.split("\n").filter((l) => l.length > 100 && l.trim().includes(" "));
      assert.deepEqual(long, [], args.join(" "));
    }
  });

  it("documents every option in --help", async () => {
    assert.equal((await runCli(["--version"])).stdout.trim(), PACKAGE_VERSION);
    const top = await runCli(["--help"]);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /start/);
    const start = await runCli(["start", "--help"]);
    for (const flag of ["--host", "--port", "--region", "--data-dir", "--ephemeral", "--issuer", "--demo"]) assert.ok(start.stdout.includes(flag), flag);
  });

  it("prints the address it listens on, and warns on stderr only for a non-loopback one", async () => {
    const local = await startCli(["start", "--ephemeral", "--port", "0"]);
    const port = new URL(local.url).port;
    assert.match(local.output(), new RegExp(`poolgate ready on http://127\\.0\\.0\\.1:${port} \\(listening on 127\\.0\\.0\\.1:${port}\\)`));
    assert.doesNotMatch(local.output(), /WARNING/);
    local.child.kill("SIGTERM");
    await exited(local.child);

    const all = await startCli(["start", "--ephemeral", "--port", "0", "--host", "0.0.0.0"]);
    const allPort = new URL(all.url).port;
    assert.match(all.output(), new RegExp(`\\(listening on 0\\.0\\.0\\.0:${allPort}\\)`));
    assert.match(all.output(), /WARNING: listening on 0\.0\.0\.0:\d+, every network interface/);
    assert.match(all.output(), /\/_poolgate\/codes/);
    all.child.kill("SIGTERM");
    await exited(all.child);
  });

  it("runs the handler given with --lambda (a user pool trigger through the flag, not only POOLGATE_LAMBDAS)", async () => {
    const mod = handlerModule(`export const preSignUp = async () => { throw new Error("refused by the --lambda handler"); };`);
    const s = await startCli(["start", "--ephemeral", "--port", "0", "--lambda", `preSignUp=${mod.file}#preSignUp`]);
    const cognito = new CognitoIdentityProviderClient({ endpoint: s.url, region: "us-east-1", credentials: TEST_CREDENTIALS });
    try {
      const pool = await cognito.send(
        new CreateUserPoolCommand({ PoolName: "cli", LambdaConfig: { PreSignUp: "arn:aws:lambda:us-east-1:000000000000:function:preSignUp" } }),
      );
      const client = await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: pool.UserPool?.Id, ClientName: "c" }));
      await rejectsWith(
        cognito.send(new SignUpCommand({ ClientId: client.UserPoolClient?.ClientId, Username: "sam", Password: "Passw0rd!cli" })),
        "UserLambdaValidationException",
        "PreSignUp failed with error refused by the --lambda handler.",
      );
    } finally {
      cognito.destroy();
      s.child.kill("SIGTERM");
      await exited(s.child);
      mod.remove();
    }
  });

  const refusals: [string, string[], RegExp][] = [
    ["a --public-url that is not a URL", ["--public-url", "notaurl"], /^poolgate: --public-url must be an http:\/\/ or https:\/\/ URL/],
    ["a --public-url that is not http(s)", ["--public-url", "ftp://localhost"], /^poolgate: --public-url must be/],
    ["a --lambda without name=file", ["--lambda", "foo"], /^poolgate: --lambda must be arnOrName=path\/to\/file\.js#handler, got 'foo'/],
    [
      "a --lambda whose file does not exist",
      ["--lambda", "fn=./no-such-handler.mjs#handler"],
      /^poolgate: --lambda fn=\.\/no-such-handler\.mjs#handler: no file .*no-such-handler\.mjs/,
    ],
    ["an --allowed-host with a scheme", ["--allowed-host", "http://dev.lan"], /^poolgate: --allowed-host must be a host name/],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what} with exit status 2`, async () => {
      const r = await runCli(["start", "--ephemeral", "--port", "0", ...args]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stdout, /ready/);
    });
  }

  const usageErrors: [string[], RegExp][] = [
    [["bogus"], /unknown command 'bogus'/],
    [["--bogus"], /unknown option '--bogus'/],
    [["start", "--bogus"], /unknown option '--bogus'/],
    [["start", "extra"], /too many arguments/],
    [["doctor", "--bogus"], /unknown option '--bogus'/],
  ];
  for (const [args, message] of usageErrors) {
    it(`exits 2 with help for \`poolgate ${args.join(" ")}\``, async () => {
      const r = await runCli(args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /Usage: poolgate/);
    });
  }
});

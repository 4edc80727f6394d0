import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUsersCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import Database from "better-sqlite3";
import { TEST_CREDENTIALS } from "../harness/server.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BURST = 200;
const WORKERS = 4;
// Kill once this many sign-ups were acknowledged: well inside the burst.
const KILL_AFTER = 40;

interface Child {
  proc: ChildProcess;
  url: string;
}

/** Starts the real CLI (`poolgate start`) on a free port and resolves with the URL it prints when ready. */
function startCli(dataDir: string): Promise<Child> {
  const proc = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "start", "--port", "0", "--data-dir", dataDir, "--log-level", "silent"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "ignore"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`poolgate did not become ready: ${out}`));
    }, 60_000);
    proc.stdout!.setEncoding("utf8");
    proc.stdout!.on("data", (chunk: string) => {
      out += chunk;
      const m = /poolgate ready on (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: m[1]! });
      }
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`poolgate exited early (${code}): ${out}`));
    });
  });
}

const exited = (proc: ChildProcess) =>
  new Promise<void>((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once("exit", () => resolve())));

// One attempt per call: a retry could land on the restarted server and blur what was acknowledged before the crash.
const sdk = (url: string) => new CognitoIdentityProviderClient({ endpoint: url, region: "us-east-1", credentials: TEST_CREDENTIALS, maxAttempts: 1 });

describe("crash safety: SIGKILL in the middle of a sign-up burst", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "poolgate-crash-"));
  const children: ChildProcess[] = [];
  after(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    await Promise.all(children.map(exited));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged user, whole, across a kill -9 and restart", { timeout: 120_000 }, async () => {
    const first = await startCli(dataDir);
    children.push(first.proc);
    const c1 = sdk(first.url);
    const poolId = (await c1.send(new CreateUserPoolCommand({ PoolName: "crash", AutoVerifiedAttributes: ["email"] }))).UserPool!.Id!;
    const clientId = (await c1.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "web" }))).UserPoolClient!.ClientId!;

    const acknowledged = new Map<string, string>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < BURST) {
        const username = `user${next++}`;
        try {
          const out = await c1.send(
            new SignUpCommand({
              ClientId: clientId,
              Username: username,
              Password: "Crash-Test-1!",
              UserAttributes: [{ Name: "email", Value: `${username}@example.com` }],
            }),
          );
          acknowledged.set(username, out.UserSub!);
          if (acknowledged.size >= KILL_AFTER && !killed) {
            killed = true;
            first.proc.kill("SIGKILL");
          }
        } catch {
          // Cut off by the kill: not acknowledged, so it may or may not have been stored.
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    await exited(first.proc);
    c1.destroy();
    assert.equal(first.proc.signalCode, "SIGKILL");
    assert.ok(acknowledged.size >= KILL_AFTER && acknowledged.size < BURST, `acknowledged ${acknowledged.size}`);

    const second = await startCli(dataDir);
    children.push(second.proc);
    const c2 = sdk(second.url);
    try {
      for (const [username, sub] of acknowledged) {
        const u = await c2.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }));
        assert.equal(u.UserStatus, "UNCONFIRMED", username);
        assert.equal(u.UserAttributes?.find((a) => a.Name === "sub")?.Value, sub, username);
        assert.equal(u.UserAttributes?.find((a) => a.Name === "email")?.Value, `${username}@example.com`);
      }
      // Users whose response was lost in the crash may exist too, but each one whole.
      const listed = new Set<string>();
      let token: string | undefined;
      do {
        const page = await c2.send(new ListUsersCommand({ UserPoolId: poolId, PaginationToken: token }));
        for (const u of page.Users ?? []) {
          listed.add(u.Username!);
          assert.ok(
            u.Attributes?.some((a) => a.Name === "sub" && a.Value),
            `${u.Username} has a sub`,
          );
        }
        token = page.PaginationToken;
      } while (token);
      for (const name of acknowledged.keys()) assert.ok(listed.has(name), `${name} is listed`);

      // The stored rows themselves: a reader beside the running server (WAL allows it).
      const db = new Database(join(dataDir, "poolgate.sqlite"), { readonly: true, fileMustExist: true });
      try {
        assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
        const rows = db.prepare("SELECT username, sub, data FROM users WHERE pool_id = ?").all(poolId) as { username: string; sub: string; data: string }[];
        assert.equal(rows.length, listed.size);
        for (const r of rows) {
          const u = JSON.parse(r.data);
          assert.equal(u.Username, r.username);
          assert.ok(u.Attributes.length >= 2, `${r.username} has attributes`);
          assert.equal(u.Attributes.find((a: { Name: string }) => a.Name === "sub")?.Value, r.sub);
          assert.match(u.passwordHash, /^scrypt\$/, `${r.username} has a password hash`);
          assert.ok(u.srp?.salt && u.srp?.verifier, `${r.username} has an SRP verifier`);
          assert.ok(!r.data.includes("Crash-Test-1!"), "no password stored");
        }
        // The user and its confirmation code are written in one transaction: never one without the other.
        const codes = db.prepare("SELECT username, COUNT(*) AS n FROM codes WHERE pool_id = ? AND purpose = 'SIGN_UP' GROUP BY username").all(poolId) as {
          username: string;
          n: number;
        }[];
        assert.equal(codes.length, rows.length);
        for (const c of codes) assert.equal(c.n, 1, `${c.username} has exactly one code`);
      } finally {
        db.close();
      }

      // The restarted server keeps working on the same data.
      const more = await c2.send(
        new SignUpCommand({
          ClientId: clientId,
          Username: "after-crash",
          Password: "Crash-Test-1!",
          UserAttributes: [{ Name: "email", Value: "after@example.com" }],
        }),
      );
      assert.equal(more.UserConfirmed, false);
      await assert.rejects(c2.send(new SignUpCommand({ ClientId: clientId, Username: [...acknowledged.keys()][0]!, Password: "Crash-Test-1!" })), {
        name: "UsernameExistsException",
      });
    } finally {
      c2.destroy();
      second.proc.kill("SIGTERM");
      await exited(second.proc);
    }
  });
});

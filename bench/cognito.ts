import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runLoad } from "./load.js";
import { rssMiB, type Spawned, sleep, spawnAndWait } from "./processes.js";
import type { BenchCase, BenchRow } from "./types.js";

const require = createRequire(import.meta.url);
const ROOT = new URL("..", import.meta.url).pathname;
const USERS = 20;
const PASSWORD = "Bench-Passw0rd!";

interface Target {
  name: string;
  start(port: number, dir: string): Promise<Spawned>;
}

const poolgate: Target = {
  name: "poolgate",
  start: (port, dir) =>
    spawnAndWait(process.execPath, [join(ROOT, "bin/poolgate.js"), "start", "--port", String(port), "--data-dir", join(dir, "data")], {
      cwd: dir,
      env: { ...process.env, POOLGATE_LOG_LEVEL: "warn" },
      probeUrl: `http://127.0.0.1:${port}/`,
    }),
};

const cognitoLocal: Target = {
  name: "cognito-local",
  start: (port, dir) =>
    spawnAndWait(process.execPath, [require.resolve("cognito-local/lib/bin/start.js")], {
      cwd: dir,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
      probeUrl: `http://127.0.0.1:${port}/`,
    }),
};

async function call(url: string, op: string, body: unknown): Promise<any> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityProviderService.${op}` },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`${op}: ${JSON.stringify(json)}`);
  return json;
}

/** Pool, client and USERS confirmed users, through the public API only (the same calls for both servers). */
async function seed(url: string): Promise<{ clientId: string }> {
  const pool = await call(url, "CreateUserPool", { PoolName: "bench" });
  const poolId = pool.UserPool.Id;
  const client = await call(url, "CreateUserPoolClient", {
    UserPoolId: poolId,
    ClientName: "bench",
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  });
  for (let i = 0; i < USERS; i++) {
    await call(url, "AdminCreateUser", { UserPoolId: poolId, Username: `user${i}@example.com`, MessageAction: "SUPPRESS", TemporaryPassword: PASSWORD });
    await call(url, "AdminSetUserPassword", { UserPoolId: poolId, Username: `user${i}@example.com`, Password: PASSWORD, Permanent: true });
  }
  return { clientId: client.UserPoolClient.ClientId };
}

interface Measured {
  startupMs: number;
  idleRssMiB: number;
  signInsPerSecond: number;
  p99: number;
  errors: number;
}

async function measure(target: Target, port: number): Promise<Measured> {
  const startups: number[] = [];
  // Start-up: median of three cold starts on a fresh directory.
  for (let i = 0; i < 3; i++) {
    const dir = mkdtempSync(join(tmpdir(), `bench-${target.name}-`));
    const p = await target.start(port, dir);
    startups.push(p.startupMs);
    await p.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  startups.sort((a, b) => a - b);

  const dir = mkdtempSync(join(tmpdir(), `bench-${target.name}-`));
  const p = await target.start(port, dir);
  try {
    await sleep(1000);
    const idleRssMiB = rssMiB(p.child.pid as number);
    const url = `http://127.0.0.1:${port}/`;
    const { clientId } = await seed(url);
    const request = (i: number) => ({
      path: "/",
      method: "POST" as const,
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth" },
      body: JSON.stringify({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId, AuthParameters: { USERNAME: `user${i % USERS}@example.com`, PASSWORD } }),
    });
    await runLoad(url, request, { concurrency: 8, durationMs: 1500, maxRequests: 2000 }); // warm-up
    const r = await runLoad(url, request, { concurrency: 8, durationMs: 6000, maxRequests: 60_000 });
    return { startupMs: startups[1] as number, idleRssMiB, signInsPerSecond: r.perSecond, p99: r.p99, errors: r.errors };
  } finally {
    await p.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const cognitoBench: BenchCase = {
  name: "Cognito API: poolgate vs cognito-local",
  async run(): Promise<BenchRow[]> {
    const base = await measure(cognitoLocal, 45991);
    const ours = await measure(poolgate, 45992);
    if (ours.errors || base.errors) process.stderr.write(`warning: errors during load: poolgate ${ours.errors}, cognito-local ${base.errors}\n`);
    const b = { baselineName: "cognito-local 5.3.0" };
    return [
      {
        metric: "InitiateAuth USER_PASSWORD_AUTH",
        unit: "req/s",
        poolgate: ours.signInsPerSecond,
        baseline: base.signInsPerSecond,
        higherIsBetter: true,
        goal: ">= 5x",
        ...b,
      },
      { metric: "InitiateAuth p99 latency (8 concurrent)", unit: "ms", poolgate: ours.p99, baseline: base.p99, higherIsBetter: false, ...b },
      {
        metric: "start-up to first answered request",
        unit: "ms",
        poolgate: ours.startupMs,
        baseline: base.startupMs,
        higherIsBetter: false,
        goal: "<= 0.5x",
        ...b,
      },
      { metric: "idle memory (RSS)", unit: "MiB", poolgate: ours.idleRssMiB, baseline: base.idleRssMiB, higherIsBetter: false, goal: "< 1x", ...b },
    ];
  },
};

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { SrpClient } from "../src/cognito/auth/srp/client.js";
import { g, N } from "../src/cognito/auth/srp/constants.js";
import { modPowBigInt } from "../src/cognito/auth/srp/mod-pow.js";
import { k } from "../src/cognito/auth/srp/multiplier.js";
import { serverPremasterSecret } from "../src/cognito/auth/srp/premaster-secret.js";
import { scrambler } from "../src/cognito/auth/srp/scrambler.js";
import { newServerEphemeral } from "../src/cognito/auth/srp/server-ephemeral.js";
import { sessionKey } from "../src/cognito/auth/srp/session-key.js";
import { makeVerifier } from "../src/cognito/auth/srp/verifier.js";
import { resolveConfig } from "../src/config.js";
import { silentLogger } from "../src/platform/log.js";
import { createPoolgate } from "../src/server/app.js";
import type { BenchCase, BenchRow } from "./types.js";

/*
 * SRP sign-ins per second, end to end: USER_SRP_AUTH InitiateAuth + PASSWORD_VERIFIER RespondToAuthChallenge
 * over HTTP against a poolgate started in this process, with the client-side SRP math (a real client's work)
 * running in worker threads so it does not eat the server's event loop. The baseline, measured in the same
 * run the same way, is USER_PASSWORD_AUTH: the same sign-in without SRP (its scrypt check is memoised after
 * the first success, so it is mostly token minting). A second row isolates the server's SRP arithmetic:
 * OpenSSL's modexp reached through the DH API versus square-and-multiply on JS BigInts.
 */

const USERS = 20;
const PASSWORD = "Bench-Passw0rd!";
const WORKERS = 2;
const CONCURRENCY = 4;
const WARMUP_MS = 1500;
const DURATION_MS = 6000;

interface Job {
  url: string;
  poolId: string;
  clientId: string;
  flow: "srp" | "password";
  durationMs: number;
}

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

async function signIn(job: Job, username: string): Promise<void> {
  if (job.flow === "password") {
    const out = await call(job.url, "InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: job.clientId,
      AuthParameters: { USERNAME: username, PASSWORD },
    });
    if (!out.AuthenticationResult) throw new Error("no tokens");
    return;
  }
  // A 256-bit `a` instead of the libraries' 1024 bits: the server's work is the same for any A, and the load
  // generator shares the machine's cores with the server, so a cheaper client measures the server better.
  const srp = new SrpClient(job.poolId, BigInt(`0x${randomBytes(32).toString("hex")}`));
  const challenge = await call(job.url, "InitiateAuth", {
    AuthFlow: "USER_SRP_AUTH",
    ClientId: job.clientId,
    AuthParameters: { USERNAME: username, SRP_A: srp.srpA },
  });
  const out = await call(job.url, "RespondToAuthChallenge", {
    ClientId: job.clientId,
    ChallengeName: "PASSWORD_VERIFIER",
    Session: challenge.Session,
    ChallengeResponses: srp.respond(PASSWORD, challenge.ChallengeParameters),
  });
  if (!out.AuthenticationResult) throw new Error("no tokens");
}

/** Worker side: CONCURRENCY sign-in loops for durationMs; reports completed sign-ins and errors. */
async function load(job: Job): Promise<{ done: number; errors: number }> {
  let done = 0;
  let errors = 0;
  let next = 0;
  const until = performance.now() + job.durationMs;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        try {
          await signIn(job, `user${next++ % USERS}`);
          done++;
        } catch {
          errors++;
        }
      }
    }),
  );
  return { done, errors };
}

if (!isMainThread && workerData?.srpBenchJob) {
  load(workerData.srpBenchJob as Job).then((r) => parentPort?.postMessage(r));
}

// Workers do not inherit tsx's loader hooks from `node --import tsx`, so each one registers tsx before loading this file.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;

function runWorkers(job: Job): Promise<{ perSecond: number; errors: number }> {
  const started = performance.now();
  const runs = Array.from(
    { length: WORKERS },
    () =>
      new Promise<{ done: number; errors: number }>((resolve, reject) => {
        const w = new Worker(WORKER_BOOT, { eval: true, workerData: { srpBenchJob: job } });
        w.once("message", (m) => {
          resolve(m);
          void w.terminate();
        });
        w.once("error", reject);
      }),
  );
  return Promise.all(runs).then((rs) => {
    const seconds = (performance.now() - started) / 1000;
    return { perSecond: rs.reduce((a, r) => a + r.done, 0) / seconds, errors: rs.reduce((a, r) => a + r.errors, 0) };
  });
}

/** Server-side SRP arithmetic per sign-in (B, then u, S and K), with a given exponentiation. */
function serverMathRate(fast: boolean, durationMs: number): number {
  const { verifier } = makeVerifier("us-east-1_BenchPool", "user0", PASSWORD);
  const v = BigInt(`0x${verifier}`);
  const A = modPowBigInt(g, BigInt(`0x${randomBytes(32).toString("hex")}`), N);
  let n = 0;
  const until = performance.now() + durationMs;
  const started = performance.now();
  while (performance.now() < until) {
    if (fast) {
      const { b, B } = newServerEphemeral(v);
      const u = scrambler(A, B);
      sessionKey(serverPremasterSecret(A, v, u, b), u);
    } else {
      const b = BigInt(`0x${randomBytes(32).toString("hex")}`);
      const B = (k * v + modPowBigInt(g, b, N)) % N;
      const u = scrambler(A, B);
      sessionKey(modPowBigInt((A * modPowBigInt(v, u, N)) % N, b, N), u);
    }
    n++;
  }
  return n / ((performance.now() - started) / 1000);
}

export const srpBench: BenchCase = {
  name: "SRP sign-in (USER_SRP_AUTH + PASSWORD_VERIFIER)",
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), "bench-srp-"));
    const app = createPoolgate(resolveConfig({ port: 0, ephemeral: true, logLevel: "silent", dataDir: dir }, {}), { log: silentLogger });
    try {
      const url = `${await app.listen()}/`;
      const pool = await call(url, "CreateUserPool", { PoolName: "bench-srp" });
      const poolId: string = pool.UserPool.Id;
      const client = await call(url, "CreateUserPoolClient", {
        UserPoolId: poolId,
        ClientName: "bench",
        ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      });
      const clientId: string = client.UserPoolClient.ClientId;
      // The same public calls a user of poolgate makes (and bench/cognito.ts uses for its baseline).
      for (let i = 0; i < USERS; i++) {
        await call(url, "AdminCreateUser", { UserPoolId: poolId, Username: `user${i}`, MessageAction: "SUPPRESS", TemporaryPassword: PASSWORD });
        await call(url, "AdminSetUserPassword", { UserPoolId: poolId, Username: `user${i}`, Password: PASSWORD, Permanent: true });
      }

      const job = (flow: Job["flow"], durationMs: number): Job => ({ url, poolId, clientId, flow, durationMs });
      await runWorkers(job("password", WARMUP_MS));
      const password = await runWorkers(job("password", DURATION_MS));
      await runWorkers(job("srp", WARMUP_MS));
      const srp = await runWorkers(job("srp", DURATION_MS));
      if (srp.errors || password.errors) process.stderr.write(`warning: errors during load: srp ${srp.errors}, password ${password.errors}\n`);

      const openssl = serverMathRate(true, 2000);
      const bigint = serverMathRate(false, 2000);
      return [
        {
          metric: "SRP sign-ins (InitiateAuth + RespondToAuthChallenge, end to end)",
          unit: "sign-ins/s",
          poolgate: srp.perSecond,
          baseline: password.perSecond,
          baselineName: "poolgate USER_PASSWORD_AUTH",
          higherIsBetter: true,
          goal: ">= 0.3x baseline",
        },
        {
          metric: "server SRP arithmetic per sign-in (B, u, S, K)",
          unit: "ops/s",
          poolgate: openssl,
          baseline: bigint,
          baselineName: "JS BigInt square-and-multiply",
          higherIsBetter: true,
          goal: ">= 3x baseline",
        },
      ];
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

// `node --import tsx bench/srp.ts` runs this case alone.
if (isMainThread && process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  srpBench.run().then((rows) => console.log(JSON.stringify(rows, null, 2)));
}

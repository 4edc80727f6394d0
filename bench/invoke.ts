import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { JwtRsaVerifier } from "aws-jwt-verify";
import { Pool, request } from "undici";
import { evaluateCognitoAuthorizer } from "../src/checks/evaluate-cognito-authorizer.js";
import { epochSeconds } from "../src/platform/clock.js";
import { startServer } from "../test/harness/server.js";
import { cognitoAuthorizer, createPool } from "../test/integration/invoke-fixture.js";
import type { BenchCase, BenchRow } from "./types.js";

/** Bounded work, loopback only. Both sides of each comparison run interleaved in small rounds. */
const REQUESTS = 600;
const WARM_UP = 400;
const THROUGHPUT_ROUNDS = 6;
const CONCURRENCY = 16;
const TOKENS = 2000;
const LATENCY_SAMPLES = 600;
const ROUNDS = 3;
const CHUNK = 50;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Requests per second from CONCURRENCY workers over one keep-alive pool, and the process CPU time per request
 * (steadier than wall time on a shared machine; load generator and backend are in the process for both sides).
 */
async function throughput(origin: string, path: string, headers: () => Record<string, string>): Promise<{ seconds: number; cpuMicros: number }> {
  const pool = new Pool(origin, { connections: CONCURRENCY });
  let next = 0;
  const worker = (count: number) => async () => {
    while (next < count) {
      next++;
      const res = await pool.request({ path, method: "GET", headers: headers() });
      if (res.statusCode !== 200) throw new Error(`unexpected ${res.statusCode}`);
      await res.body.dump();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker(WARM_UP)));
  next = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker(REQUESTS)));
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  await pool.close();
  return { seconds, cpuMicros: used.user + used.system };
}

async function p99(url: string, headers: Record<string, string>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const start = performance.now();
    const res = await request(url, { headers });
    await res.body.dump();
    if (i >= 50) samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length * 0.99)];
}

/**
 * The invoke path against the simplest proxy one could write, and the authorizer against aws-jwt-verify (the
 * library AWS recommends for verifying Cognito tokens) on the same tokens with its JWKS pre-loaded.
 */
export const invokeBench: BenchCase = {
  name: "invoke",
  async run(): Promise<BenchRow[]> {
    const backend = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"ok":true}');
    });
    const backendUrl = await listen(backend);
    const t = await startServer();
    const apigw = t.apigateway;
    // What any reverse proxy does: pass the request's headers on (API Gateway's HTTP_PROXY forwards them too).
    const baselineProxy = createServer(async (req, res) => {
      const { host: _host, connection: _connection, ...headers } = req.headers;
      const up = await request(`${backendUrl}${req.url}`, { method: "GET", headers });
      const body = Buffer.from(await up.body.arrayBuffer());
      res.writeHead(up.statusCode, { "content-type": String(up.headers["content-type"] ?? "") });
      res.end(body);
    });
    const baselineUrl = await listen(baselineProxy);
    try {
      const pool = await createPool(t, "bench");
      // Deployed through the control plane, so the invoke path reads the real store.
      const api = await apigw.send(new CreateRestApiCommand({ name: "bench" }));
      const apiId = api.id!;
      const created = await apigw.send(
        new CreateAuthorizerCommand({
          restApiId: apiId,
          name: "pool",
          type: "COGNITO_USER_POOLS",
          providerARNs: [pool.arn],
          identitySource: "method.request.header.Authorization",
        }),
      );
      for (const [pathPart, cognito] of [
        ["open", false],
        ["secure", true],
      ] as const) {
        const res = await apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId!, pathPart }));
        await apigw.send(
          new PutMethodCommand({
            restApiId: apiId,
            resourceId: res.id!,
            httpMethod: "GET",
            authorizationType: cognito ? "COGNITO_USER_POOLS" : "NONE",
            authorizerId: cognito ? created.id : undefined,
          }),
        );
        await apigw.send(
          new PutIntegrationCommand({
            restApiId: apiId,
            resourceId: res.id!,
            httpMethod: "GET",
            type: "HTTP_PROXY",
            integrationHttpMethod: "GET",
            uri: `${backendUrl}/x`,
          }),
        );
      }
      await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev" }));
      const idToken = pool.tokens().IdToken!;
      const secure = `/_aws/execute-api/${apiId}/dev/secure`;
      const ourSide = () => throughput(t.url, secure, () => ({ authorization: idToken }));
      const theirSide = () => throughput(baselineUrl, "/x", () => ({ authorization: idToken }));
      // One unmeasured round of each side first: the first round after set-up pays for compiling the code both
      // sides share (node:http, undici) and collecting the set-up's garbage, which would be charged to whichever
      // side ran first. Then rounds alternate which side goes first, so load from other processes skews both alike.
      await ourSide();
      await theirSide();
      let ourSeconds = 0;
      let theirSeconds = 0;
      let ourCpu = 0;
      let theirCpu = 0;
      for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
        const oursFirst = round % 2 === 0;
        const first = await (oursFirst ? ourSide() : theirSide());
        const second = await (oursFirst ? theirSide() : ourSide());
        const [ours, theirs] = oursFirst ? [first, second] : [second, first];
        ourSeconds += ours.seconds;
        theirSeconds += theirs.seconds;
        ourCpu += ours.cpuMicros;
        theirCpu += theirs.cpuMicros;
      }
      const total = THROUGHPUT_ROUNDS * REQUESTS;
      const rps = total / ourSeconds;
      const baselineRps = total / theirSeconds;

      const s = t.app.services;
      const tokens = Array.from({ length: TOKENS }, () => pool.tokens().IdToken!);
      const authorizer = cognitoAuthorizer([pool.arn]);
      const now = epochSeconds(s.clock);
      const verifier = JwtRsaVerifier.create({ issuer: s.urls.issuer(pool.pool.Id), audience: pool.client.ClientId });
      verifier.cacheJwks(s.keys.forPool(pool.pool.Id)!.jwks as never);
      // Interleave small chunks so both sides meet the same machine load; sum the time each side spent.
      let ours = 0;
      let theirs = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < tokens.length; i += CHUNK) {
          const chunk = tokens.slice(i, i + CHUNK);
          let start = performance.now();
          for (const token of chunk) {
            const r = evaluateCognitoAuthorizer({
              headers: { authorization: token },
              authorizer,
              now,
              keys: (p, kid) => s.keys.publicKey(p, kid),
              issuerPool: (iss) => s.urls.poolIdFromIssuer(iss),
            });
            if (r.decision !== "allow") throw new Error("benchmark token refused");
          }
          ours += performance.now() - start;
          start = performance.now();
          for (const token of chunk) verifier.verifySync(token);
          theirs += performance.now() - start;
        }
      }
      const decisions = (ROUNDS * tokens.length) / (ours / 1000);
      const baselineDecisions = (ROUNDS * tokens.length) / (theirs / 1000);

      const open = await p99(`${t.url}/_aws/execute-api/${apiId}/dev/open`, {});
      const guarded = await p99(`${t.url}${secure}`, { authorization: idToken });

      return [
        {
          metric: "requests/s through the invoke path (ID token, HTTP_PROXY)",
          unit: "req/s",
          poolgate: rps,
          baseline: baselineRps,
          baselineName: "minimal Node proxy (http + undici)",
          higherIsBetter: true,
          goal: ">= 0.8x baseline",
        },
        {
          metric: "process CPU per proxied request (ID token, HTTP_PROXY)",
          unit: "µs",
          poolgate: ourCpu / total,
          baseline: theirCpu / total,
          baselineName: "minimal Node proxy (http + undici)",
          higherIsBetter: false,
        },
        {
          metric: "authorizer decisions/s, distinct valid tokens",
          unit: "decisions/s",
          poolgate: decisions,
          baseline: baselineDecisions,
          baselineName: "aws-jwt-verify JwtRsaVerifier.verifySync",
          higherIsBetter: true,
          goal: ">= 1x baseline",
        },
        { metric: "p99 latency added by the Cognito authorizer", unit: "ms", poolgate: Math.max(0, guarded - open), higherIsBetter: false },
      ];
    } finally {
      await t.stop();
      await new Promise<void>((r) => backend.close(() => r()));
      await new Promise<void>((r) => baselineProxy.close(() => r()));
    }
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await invokeBench.run()) console.log(JSON.stringify(row));
}

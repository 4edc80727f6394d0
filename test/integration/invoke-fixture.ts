import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { issueTokens, type TokenSet } from "../../src/cognito/tokens/issue.js";
import { type Config, resolveConfig } from "../../src/config.js";
import { ManualClock } from "../../src/platform/clock.js";
import { type Logger, silentLogger } from "../../src/platform/log.js";
import { createPoolgate, type Poolgate } from "../../src/server/app.js";
import type { ApiKeyMatch, Authorizer, DeploymentReader, DeploymentSnapshot, GatewayResponse, Method, Resource, Stage } from "../../src/shapes/apigateway.js";
import type { ClientRecord, PoolRecord, UserRecord } from "../../src/store/cognito/records.js";
import { TEST_CREDENTIALS } from "../harness/server.js";

/**
 * Deployments written straight into memory: the invoke path's only input is a DeploymentReader, so these tests
 * do not depend on the control plane.
 */
export class MemoryDeployments implements DeploymentReader {
  private readonly snapshots = new Map<string, DeploymentSnapshot>();
  private readonly stages = new Map<string, Stage>();
  deploy(snapshot: DeploymentSnapshot, stageName: string, variables?: Record<string, string>): void {
    this.snapshots.set(`${snapshot.restApiId}/${snapshot.deploymentId}`, snapshot);
    this.stages.set(`${snapshot.restApiId}/${stageName}`, {
      restApiId: snapshot.restApiId,
      stageName,
      deploymentId: snapshot.deploymentId,
      variables,
      createdDate: 0,
      lastUpdatedDate: 0,
    });
  }
  restApiExists(id: string): boolean {
    return [...this.snapshots.values()].some((s) => s.restApiId === id);
  }
  stage(id: string, name: string): Stage | undefined {
    return this.stages.get(`${id}/${name}`);
  }
  snapshot(id: string, deploymentId: string): DeploymentSnapshot | undefined {
    return this.snapshots.get(`${id}/${deploymentId}`);
  }
  private readonly keys = new Map<string, { id: string; enabled: boolean; stages: string[] }>();
  /** An API key by value, enabled or not, planned for the given "apiId/stage" pairs. */
  addApiKey(value: string, key: { id: string; enabled: boolean; stages: string[] }): void {
    this.keys.set(value, key);
  }
  apiKey(value: string, restApiId: string, stageName: string): ApiKeyMatch | undefined {
    const k = this.keys.get(value);
    return k && { id: k.id, enabled: k.enabled, inUsagePlanOfStage: k.stages.includes(`${restApiId}/${stageName}`) };
  }
}

export interface InvokeServer {
  app: Poolgate;
  url: string;
  port: number;
  clock: ManualClock;
  cognito: CognitoIdentityProviderClient;
  deployments: MemoryDeployments;
  stop(): Promise<void>;
}

export async function startInvokeServer(overrides: Partial<Config> = {}, log: Logger = silentLogger): Promise<InvokeServer> {
  const dir = mkdtempSync(join(tmpdir(), "poolgate-invoke-"));
  const config = { ...resolveConfig({ port: 0, ephemeral: true, logLevel: "silent", dataDir: dir }, {}), ...overrides };
  const clock = new ManualClock();
  const deployments = new MemoryDeployments();
  const app = createPoolgate(config, { clock, log, deployments });
  const url = await app.listen();
  const cognito = new CognitoIdentityProviderClient({ endpoint: url, region: config.region, credentials: TEST_CREDENTIALS });
  return {
    app,
    url,
    port: Number(new URL(url).port),
    clock,
    cognito,
    deployments,
    async stop() {
      cognito.destroy();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PoolFixture {
  pool: PoolRecord;
  client: ClientRecord;
  user: UserRecord;
  arn: string;
  tokens(opts?: { scope?: string; oauth?: boolean }): TokenSet;
}

/** A pool created through the SDK, plus an app client and a confirmed user written to the store. */
export async function createPool(t: Pick<InvokeServer, "app" | "clock" | "cognito">, name = "app", groups: string[] = []): Promise<PoolFixture> {
  const created = await t.cognito.send(new CreateUserPoolCommand({ PoolName: name }));
  const s = t.app.services;
  const pool = s.cognito.pools.get(created.UserPool?.Id ?? "") as PoolRecord;
  const now = Math.floor(t.clock.now() / 1000);
  const client: ClientRecord = {
    UserPoolId: pool.Id,
    ClientName: "web",
    ClientId: s.ids.clientId(),
    LastModifiedDate: now,
    CreationDate: now,
    RefreshTokenValidity: 30,
    TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    AllowedOAuthFlowsUserPoolClient: false,
    PreventUserExistenceErrors: "ENABLED",
    EnableTokenRevocation: true,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: 3,
  };
  s.cognito.clients.put(client);
  const user: UserRecord = {
    Username: "alice",
    Attributes: [
      { Name: "sub", Value: randomUUID() },
      { Name: "email", Value: "alice@example.com" },
      { Name: "email_verified", Value: "true" },
    ],
    Enabled: true,
    UserStatus: "CONFIRMED",
    UserCreateDate: now,
    UserLastModifiedDate: now,
  };
  s.cognito.users.put(pool.Id, "alice", user);
  for (const g of groups) {
    s.cognito.groups.put({ GroupName: g, UserPoolId: pool.Id, LastModifiedDate: now, CreationDate: now });
    s.cognito.groups.addMember(pool.Id, g, "alice");
  }
  return {
    pool,
    client,
    user,
    arn: `arn:aws:cognito-idp:${pool.Id.split("_")[0]}:000000000000:userpool/${pool.Id}`,
    tokens: (opts = {}) =>
      issueTokens(
        { store: s.cognito, keys: s.keys, clock: s.clock, urls: s.urls },
        { pool, client, user, withRefreshToken: false, scope: opts.scope, oauth: opts.oauth },
      ),
  };
}

/** A one-stage API snapshot from a compact description of resources and methods. */
export function snapshotOf(spec: {
  apiId: string;
  deploymentId?: string;
  resources: Record<string, Record<string, Partial<Method>>>;
  authorizers?: Authorizer[];
  gatewayResponses?: GatewayResponse[];
  policy?: string;
  disableExecuteApiEndpoint?: boolean;
}): DeploymentSnapshot {
  const resources: Resource[] = Object.entries(spec.resources).map(([path, methods], i) => ({
    id: `res${i}`,
    path,
    pathPart: path.split("/").pop(),
    resourceMethods: Object.fromEntries(
      Object.entries(methods).map(([httpMethod, m]) => [httpMethod, { httpMethod, authorizationType: "NONE", apiKeyRequired: false, ...m } as Method]),
    ),
  }));
  if (!resources.some((r) => r.path === "/")) resources.push({ id: "root", path: "/", resourceMethods: {} });
  return {
    restApiId: spec.apiId,
    deploymentId: spec.deploymentId ?? "dep1",
    createdDate: 0,
    api: {
      id: spec.apiId,
      name: spec.apiId,
      createdDate: 0,
      rootResourceId: "root",
      policy: spec.policy,
      disableExecuteApiEndpoint: spec.disableExecuteApiEndpoint,
    },
    resources,
    authorizers: spec.authorizers ?? [],
    gatewayResponses: spec.gatewayResponses ?? [],
  };
}

export const cognitoAuthorizer = (arns: string[], extra: Partial<Authorizer> = {}): Authorizer => ({
  id: "auth01",
  name: "CognitoAuth",
  type: "COGNITO_USER_POOLS",
  providerARNs: arns,
  identitySource: "method.request.header.Authorization",
  ...extra,
});

export const MOCK_200 = {
  type: "MOCK" as const,
  timeoutInMillis: 29000,
  requestTemplates: { "application/json": '{"statusCode": 200}' },
  integrationResponses: { "200": { statusCode: "200", responseTemplates: { "application/json": '{"ok":true}' } } },
};

/** A loopback backend that counts hits and echoes what it received. */
export async function startBackend(): Promise<{
  url: string;
  hits: number;
  last?: { method: string; url: string; headers: IncomingMessage["headers"]; body: string };
  close(): Promise<void>;
}> {
  const state: { hits: number; last?: { method: string; url: string; headers: IncomingMessage["headers"]; body: string } } = { hits: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      state.hits++;
      const body = Buffer.concat(chunks).toString("utf8");
      state.last = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      res.writeHead(200, { "content-type": "application/json", "x-backend": "yes" });
      res.end(JSON.stringify({ method: req.method, url: req.url, body }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  });
}

/** Invokes through the path form, which needs no DNS: /_aws/execute-api/{apiId}/{stage}/{path}. */
export const invokeUrl = (t: InvokeServer, apiId: string, stage: string, path: string) => `${t.url}/_aws/execute-api/${apiId}/${stage}${path}`;

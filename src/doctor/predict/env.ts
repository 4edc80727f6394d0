import type { KeyObject } from "node:crypto";
import { GetApiKeysCommand, GetUsagePlansCommand, TestInvokeAuthorizerCommand, type TestInvokeAuthorizerCommandOutput } from "@aws-sdk/client-api-gateway";
import { DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import type { InvokeEnv } from "../../apigateway/invoke/state.js";
import type { FunctionRun } from "../../checks/authorizer/lambda.js";
import { parseUserPoolArn } from "../../grammar/provider-arn.js";
import { substituteStageVariables } from "../../grammar/stage-variables.js";
import { decodeJwt } from "../../jwt/jwt.js";
import type { ApiKeyMatch, Authorizer } from "../../shapes/apigateway.js";
import { awsIssuer } from "../../urls.js";
import { type AwsTarget, type apiGatewayClient, awsCall, awsErrorName, type cognitoClient } from "../aws/target.js";
import type { ApiConfig } from "../inputs/api-config.js";
import { doctorIssuerPool, jwksUrlOf } from "../inputs/issuer.js";
import { fetchJwks, type JwksResult } from "../inputs/jwks.js";
import type { DoctorIo } from "../io.js";
import { deploymentLookupOf } from "./snapshot.js";

/** The AWS APIs the doctor reads through; undefined offline (--api-file). */
export interface DoctorServices {
  apigw: ReturnType<typeof apiGatewayClient>;
  cognito: ReturnType<typeof cognitoClient>;
}

/** A step the doctor cannot take where the gateway would (a Lambda authorizer offline): the prediction stops there. */
export class CannotPredict extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface DoctorEnvOptions {
  config: ApiConfig;
  stageName: string;
  aws: AwsTarget;
  region: string;
  nowMs: number;
  jwksUrl?: string;
  io: DoctorIo;
  services?: DoctorServices;
  /** Request headers (received form) and query, for TestInvokeAuthorizer. */
  headers: Record<string, string>;
  query: URLSearchParams;
}

/** What the doctor learned while the steps ran, for its report. */
export interface DoctorEnvRecord {
  jwks?: JwksResult;
  missingPools: string[];
}

/**
 * The invoke steps' environment, answered through the AWS APIs (so it works against AWS and poolgate alike): the
 * deployment from GetStage/GetDeployment/GetExport, keys from the issuer's JWKS, pools from DescribeUserPool,
 * Lambda authorizers through TestInvokeAuthorizer, API keys through GetApiKeys/GetUsagePlans. It never spends a
 * usage plan's allowance and keeps no memory between requests.
 */
export async function doctorEnv(o: DoctorEnvOptions): Promise<{ env: InvokeEnv; record: DoctorEnvRecord }> {
  const { config, aws, services } = o;
  const record: DoctorEnvRecord = { missingPools: [] };
  const issuerPool = doctorIssuerPool(aws.endpointUrl);
  const lookup = deploymentLookupOf(config, o.stageName);
  const vars = config.stage?.variables ?? {};

  // Which pools the deployed authorizers name exist, asked of Cognito; a pool it cannot see (another account) counts as there.
  const known = new Map<string, boolean>();
  if (services)
    for (const a of lookup.snapshot?.authorizers ?? []) {
      for (const arn of a.providerARNs ?? []) {
        const poolId = parseUserPoolArn(substituteStageVariables(arn, vars))?.poolId;
        if (!poolId || known.has(poolId)) continue;
        const exists = await services.cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId })).then(
          () => true,
          (e) => awsErrorName(e) !== "ResourceNotFoundException",
        );
        known.set(poolId, exists);
        if (!exists) record.missingPools.push(poolId);
      }
    }

  const jwksByPool = new Map<string, JwksResult>();
  const loadKeys = (poolId: string, iss: string) =>
    fetchJwks(o.jwksUrl ?? jwksUrlOf(iss, poolId, aws.endpointUrl), o.io.http).then((jwks) => {
      jwksByPool.set(poolId, jwks);
      record.jwks = jwks;
    });
  // The gateway holds the keys of every pool it serves, listed or not; the doctor fetches those of the token's pool.
  for (const iss of issuersInHeaders(o.headers)) {
    const poolId = issuerPool(iss);
    if (poolId && !jwksByPool.has(poolId)) await loadKeys(poolId, iss);
  }
  const env: InvokeEnv = {
    region: o.region,
    accountId: accountOf(config),
    nowMs: () => o.nowMs,
    deployment: () => lookup,
    issuerPool,
    keysOf: (poolId, kid): KeyObject | undefined => {
      const jwks = jwksByPool.get(poolId);
      return jwks && "keys" in jwks ? jwks.keys.get(kid) : undefined;
    },
    poolKnown: (poolId) => known.get(poolId) ?? true,
    loadPoolKeys: (poolId) => (jwksByPool.has(poolId) ? undefined : loadKeys(poolId, awsIssuer(poolId))),
    apiKey: (value, apiId, stageName) => (services ? lookUpApiKey(services.apigw, aws, value, apiId, stageName) : undefined),
    runAuthorizer: (authorizer, _fn, event) => {
      if (!services) throw new CannotPredict("offline");
      return testInvokeAuthorizer(services.apigw, config.restApiId, authorizer, config, o.headers, o.query, String(event.methodArn ?? ""));
    },
  };
  return { env, record };
}

/** The issuers named by JWT-looking header values (unverified: they only say which JWKS to fetch). */
function issuersInHeaders(headers: Record<string, string>): string[] {
  const out: string[] = [];
  for (const v of Object.values(headers)) {
    const token = /eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*/.exec(v)?.[0];
    const iss = token === undefined ? undefined : decodeJwt(token)?.payload.iss;
    if (typeof iss === "string") out.push(iss);
  }
  return out;
}

/** The account in the API's ARNs (policy or authorizer function), else the emulator's. */
function accountOf(config: ApiConfig): string {
  const fromPolicy = /arn:aws[\w-]*:execute-api:[a-z0-9-]+:(\d{12}):/.exec(config.deployedPolicy ?? config.api?.policy ?? "")?.[1];
  if (fromPolicy) return fromPolicy;
  for (const a of config.current.authorizers) {
    const m = /^arn:aws[\w-]*:apigateway:[^:]+:lambda:path\/[^/]+\/functions\/arn:aws[\w-]*:lambda:[^:]+:(\d{12}):/.exec(a.authorizerUri ?? "");
    if (m) return m[1];
  }
  return "000000000000";
}

/**
 * A Lambda authorizer cannot run here, but TestInvokeAuthorizer runs it where it lives (AWS or poolgate) and returns
 * its policy, which the gateway's own step then judges against this request's method ARN.
 */
async function testInvokeAuthorizer(
  apigw: DoctorServices["apigw"],
  restApiId: string,
  authorizer: Authorizer,
  config: ApiConfig,
  headers: Record<string, string>,
  query: URLSearchParams,
  methodArn: string,
): Promise<FunctionRun> {
  const current = config.current.authorizers.find((a) => a.id === authorizer.id || a.name === authorizer.name);
  if (!current) throw new CannotPredict("authorizer-not-found");
  let r: TestInvokeAuthorizerCommandOutput;
  try {
    r = await apigw.send(
      new TestInvokeAuthorizerCommand({
        restApiId,
        authorizerId: current.id,
        headers,
        pathWithQueryString: query.size > 0 ? `?${query}` : undefined,
        stageVariables: config.stage?.variables ?? {},
      }),
    );
  } catch (e) {
    throw new CannotPredict(awsErrorName(e) ?? (e as Error).message);
  }
  if (r.clientStatus === 401) return { ok: false, reason: "threw", message: "Unauthorized" };
  if (r.clientStatus !== 200 && r.clientStatus !== 0) return { ok: false, reason: "threw", message: `TestInvokeAuthorizer answered ${r.clientStatus}` };
  // TestInvokeAuthorizer asks the function about a test method ARN (`.../ESTestInvoke-stage/GET/`), so a function
  // that allows "the method it is asked about" answers for that ARN: read such a statement as being about this request.
  const policy = r.policy?.replace(/arn:aws[\w-]*:execute-api:[^"]*\/ESTestInvoke-stage\/[^"]*/g, methodArn);
  const policyDocument = policy ? (JSON.parse(policy) as unknown) : undefined;
  return { ok: true, result: { principalId: r.principalId, policyDocument } };
}

/** An API key looked up as the gateway does: by value (GetApiKeys includeValues), then its plans (GetUsagePlans keyId). */
async function lookUpApiKey(apigw: DoctorServices["apigw"], aws: AwsTarget, value: string, apiId: string, stageName: string): Promise<ApiKeyMatch | null> {
  let found: { id?: string; enabled?: boolean } | undefined;
  let position: string | undefined;
  do {
    const page = await awsCall(aws, "GetApiKeys", () => apigw.send(new GetApiKeysCommand({ includeValues: true, limit: 500, position })));
    found = page.items?.find((k) => k.value === value);
    position = page.position;
  } while (!found && position);
  if (!found?.id) return null;
  const keyId = found.id;
  const plans = await awsCall(aws, "GetUsagePlans", () => apigw.send(new GetUsagePlansCommand({ keyId, limit: 500 })));
  const inPlan = (plans.items ?? []).some((p) => (p.apiStages ?? []).some((st) => st.apiId === apiId && st.stage === stageName));
  return { id: keyId, enabled: found.enabled === true, inUsagePlanOfStage: inPlan };
}

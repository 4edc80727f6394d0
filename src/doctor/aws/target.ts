import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { UsageError } from "../usage-error.js";

/** Where the doctor reads configuration: real AWS (the usual credential chain) or an emulator at --endpoint-url. */
export interface AwsTarget {
  region: string;
  endpointUrl?: string;
}

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|.+\.localhost)$/i;

export const isLoopbackUrl = (url: string): boolean => {
  try {
    return LOOPBACK_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
};

/** Any credentials work against poolgate; the SDK only needs something to sign with. */
const FAKE_CREDENTIALS = { accessKeyId: "AKIDPOOLGATEDOCTOR", secretAccessKey: "poolgate-doctor" };

/** --region, else AWS_REGION / AWS_DEFAULT_REGION, else the region a resource id names, else us-east-1 for an emulator. */
export function resolveTarget(opts: { region?: string; endpointUrl?: string; regionHint?: string }, env: NodeJS.ProcessEnv): AwsTarget {
  if (opts.endpointUrl !== undefined) {
    try {
      const u = new URL(opts.endpointUrl);
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("scheme");
    } catch {
      throw new UsageError("doctor.usage.bad-endpoint-url", { url: opts.endpointUrl });
    }
  }
  const region = opts.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || opts.regionHint || (opts.endpointUrl ? "us-east-1" : undefined);
  if (!region) throw new UsageError("doctor.usage.no-region");
  return { region, endpointUrl: opts.endpointUrl?.replace(/\/+$/, "") };
}

function clientConfig(t: AwsTarget, env: NodeJS.ProcessEnv) {
  // The SDK's "newer Node needed from 2027" notice would break the doctor's promise of one clear line on stderr.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const local = t.endpointUrl !== undefined && isLoopbackUrl(t.endpointUrl);
  const hasEnvCredentials = Boolean(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY);
  return {
    region: t.region,
    // One attempt: an endpoint that does not answer is a usage error to report at once, not to retry.
    maxAttempts: 1,
    ...(t.endpointUrl ? { endpoint: t.endpointUrl } : {}),
    ...(local && !hasEnvCredentials && !env.AWS_PROFILE ? { credentials: FAKE_CREDENTIALS } : {}),
  };
}

export const cognitoClient = (t: AwsTarget, env: NodeJS.ProcessEnv) => new CognitoIdentityProviderClient(clientConfig(t, env));
export const apiGatewayClient = (t: AwsTarget, env: NodeJS.ProcessEnv) => new APIGatewayClient(clientConfig(t, env));

const NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** The error's network code, if it is a failure to reach the endpoint rather than an answer from it. */
export function networkErrorCode(e: unknown): string | undefined {
  let cur: any = e;
  for (let i = 0; i < 4 && cur; i++) {
    if (typeof cur.code === "string" && NETWORK_CODES.has(cur.code)) return cur.code;
    if (cur.name === "TimeoutError") return "ETIMEDOUT";
    cur = cur.cause;
  }
  return undefined;
}

/** AWS error name of an SDK exception (ResourceNotFoundException, NotFoundException...). */
export const awsErrorName = (e: unknown): string | undefined => (e && typeof e === "object" && "$metadata" in e ? (e as unknown as Error).name : undefined);

/**
 * Runs one SDK call; turns "could not reach", "no credentials" and unexpected service errors into usage errors
 * (exit 2, one line). `expected` lists error names the caller handles itself (they are rethrown).
 */
export async function awsCall<T>(t: AwsTarget, operation: string, run: () => Promise<T>, expected: string[] = []): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const name = awsErrorName(e);
    if (name && expected.includes(name)) throw e;
    const code = networkErrorCode(e);
    if (code) throw new UsageError("doctor.usage.unreachable", { endpoint: t.endpointUrl ?? `AWS (${t.region})`, code });
    if ((e as Error)?.name === "CredentialsProviderError") throw new UsageError("doctor.usage.no-credentials");
    if (name === "UnrecognizedClientException" || name === "InvalidSignatureException" || name === "ExpiredTokenException")
      throw new UsageError("doctor.usage.bad-credentials", { error: `${name}: ${(e as Error).message}` });
    throw new UsageError("doctor.usage.aws-error", { operation, error: `${name ?? (e as Error)?.name ?? "Error"}: ${(e as Error)?.message ?? String(e)}` });
  }
}

import { UsageError } from "../usage-error.js";

/**
 * A REST API invoke URL, in any of the forms a caller uses:
 * - AWS: https://{id}.execute-api.{region}.amazonaws.com/{stage}/{path} (and the private-API form
 *   https://{id}-{vpce-id}.execute-api.{region}.amazonaws.com/...; AWS docs "How to invoke a private API");
 * - poolgate: http://{id}.execute-api.localhost:{port}/{stage}/{path}, http://{host}:{port}/_aws/execute-api/{id}/{stage}/{path}
 *   and the older http://{host}:{port}/restapis/{id}/{stage}/_user_request_/{path} (the forms LocalStack made usual).
 */
export interface InvokeTarget {
  form: "aws" | "aws-private" | "local-host" | "local-path" | "local-legacy";
  restApiId: string;
  region?: string;
  /** Empty when the URL has no stage segment. */
  stage: string;
  /** The resource path with a leading slash ("/" for the stage root). */
  path: string;
  query: string;
  /** For the local forms: the emulator's base URL, where its control plane answers. */
  localEndpoint?: string;
  vpceId?: string;
  url: string;
}

const AWS_HOST = /^([a-z0-9]{10})(?:-(vpce-[a-z0-9]+))?\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/;
const LOCAL_HOST = /^([a-z0-9]{1,32})\.execute-api\.localhost$/;

const splitStage = (rest: string): { stage: string; path: string } => {
  const trimmed = rest.replace(/^\/+/, "");
  const i = trimmed.indexOf("/");
  if (i < 0) return { stage: decodeURIComponent(trimmed), path: "/" };
  return { stage: decodeURIComponent(trimmed.slice(0, i)), path: trimmed.slice(i) || "/" };
};

/** Parses an invoke URL; anything else is a usage error that says what the URL is instead, when it can tell. */
export function parseInvokeUrl(raw: string): InvokeTarget {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new UsageError("doctor.usage.not-a-url", { url: raw });
  }
  const base = { query: u.search, url: u.toString() };
  const aws = AWS_HOST.exec(u.hostname);
  if (aws) {
    return { form: aws[2] ? "aws-private" : "aws", restApiId: aws[1] ?? "", vpceId: aws[2], region: aws[3], ...splitStage(u.pathname), ...base };
  }
  const localHost = LOCAL_HOST.exec(u.hostname);
  const origin = `${u.protocol}//${u.hostname.endsWith(".localhost") ? "127.0.0.1" : u.hostname}${u.port ? `:${u.port}` : ""}`;
  if (localHost) return { form: "local-host", restApiId: localHost[1] ?? "", localEndpoint: origin, ...splitStage(u.pathname), ...base };
  const byPath = /^\/_aws\/execute-api\/([a-z0-9]{1,32})(\/.*)?$/.exec(u.pathname);
  if (byPath) return { form: "local-path", restApiId: byPath[1] ?? "", localEndpoint: origin, ...splitStage(byPath[2] ?? ""), ...base };
  const legacy = /^\/restapis\/([a-z0-9]{1,32})\/([^/]+)\/_user_request_(\/.*)?$/.exec(u.pathname);
  if (legacy)
    return {
      form: "local-legacy",
      restApiId: legacy[1] ?? "",
      localEndpoint: origin,
      stage: decodeURIComponent(legacy[2] ?? ""),
      path: legacy[3] || "/",
      ...base,
    };
  throw new UsageError(`doctor.usage.${productOf(u.hostname)}`, { url: raw, host: u.hostname });
}

/** What a non-invoke URL is, to say so in one line (the wrong product is a common cause of "my authorizer is ignored"). */
function productOf(host: string): string {
  if (/\.appsync-api\.[a-z0-9-]+\.amazonaws\.com$/.test(host)) return "appsync-url";
  if (/\.lambda-url\.[a-z0-9-]+\.on\.aws$/.test(host)) return "lambda-url";
  if (/\.auth\.[a-z0-9-]+\.amazoncognito\.com$/.test(host) || /^cognito-idp\./.test(host)) return "cognito-url";
  if (/\.cloudfront\.net$/.test(host)) return "cloudfront-url";
  return "not-invoke-url";
}

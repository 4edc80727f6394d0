import { decodeUriComponentSafe } from "./uri.js";

/**
 * Where an invoke request is headed, from its host and path. One grammar for the gateway (which serves the local
 * forms, and AWS's host form for a hosts-file setup) and the doctor (which reads URLs people paste):
 * - AWS: `{id}.execute-api.{region}.amazonaws.com/{stage}/{path}`, and the private-API form
 *   `{id}-{vpce-id}.execute-api.{region}.amazonaws.com` (AWS docs "How to invoke a private API");
 * - poolgate (LocalStack's forms, so existing tooling works): Host `{id}.execute-api.localhost`,
 *   `/_aws/execute-api/{id}/{stage}/{path}` and the legacy `/restapis/{id}/{stage}/_user_request_/{path}`.
 */
export interface InvokeTarget {
  apiId: string;
  /** Decoded; empty when the URL has no stage segment. */
  stageName: string;
  /** Raw (still percent-encoded) path below the stage, starting with "/" ("/" for the stage root). */
  path: string;
  form: "aws" | "aws-private" | "local-host" | "local-path" | "local-legacy";
  region?: string;
  vpceId?: string;
}

const AWS_HOST = /^([a-z0-9]{1,32})(?:-(vpce-[a-z0-9]+))?\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/;
const LOCAL_HOST = /^([a-z0-9]{1,32})\.execute-api\.(?:[a-z0-9-]+\.)*localhost$/;
const STAGE_AND_PATH = /^\/([^/]*)(\/.*)?$/;
const LOCAL_PATH = /^\/_aws\/execute-api\/([A-Za-z0-9]{1,32})(?:\/([^/]*))?(\/.*)?$/;
const LEGACY_PATH = /^\/restapis\/([A-Za-z0-9]{1,32})\/([^/]+)\/_user_request_(\/.*)?$/;

/** The target of a request to `hostname` (no port) and `pathname` (as the URL parser gives it), or undefined. */
export function parseInvokeTarget(hostname: string, pathname: string): InvokeTarget | undefined {
  const aws = AWS_HOST.exec(hostname);
  if (aws) {
    const m = STAGE_AND_PATH.exec(pathname);
    return {
      apiId: aws[1],
      stageName: decodeUriComponentSafe(m?.[1] ?? ""),
      path: m?.[2] ?? "/",
      form: aws[2] ? "aws-private" : "aws",
      region: aws[3],
      vpceId: aws[2],
    };
  }
  const local = LOCAL_HOST.exec(hostname);
  if (local) {
    const m = STAGE_AND_PATH.exec(pathname);
    return { apiId: local[1], stageName: decodeUriComponentSafe(m?.[1] ?? ""), path: m?.[2] ?? "/", form: "local-host" };
  }
  const p = LOCAL_PATH.exec(pathname);
  if (p) return { apiId: p[1], stageName: decodeUriComponentSafe(p[2] ?? ""), path: p[3] ?? "/", form: "local-path" };
  const u = LEGACY_PATH.exec(pathname);
  if (u) return { apiId: u[1], stageName: decodeUriComponentSafe(u[2]), path: u[3] ?? "/", form: "local-legacy" };
  return undefined;
}

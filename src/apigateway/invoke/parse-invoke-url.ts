/** Where an invoke request is headed: API, stage and the path below the stage (always starting with "/"). */
export interface InvokeTarget {
  apiId: string;
  stageName: string;
  /** Raw (still percent-encoded) path below the stage, e.g. "/pets/1"; "/" for the stage root. */
  path: string;
  form: "host" | "path" | "user-request";
}

const HOST = /^([a-z0-9]{1,32})\.execute-api\.(?:[a-z0-9-]+\.)*localhost$/;
const AWS_HOST = /^([a-z0-9]{1,32})\.execute-api\.[a-z0-9-]+\.amazonaws\.com$/;
const STAGE_AND_PATH = /^\/([^/]*)(\/.*)?$/;
const PATH = /^\/_aws\/execute-api\/([A-Za-z0-9]+)(?:\/([^/]*))?(\/.*)?$/;
const USER_REQUEST = /^\/restapis\/([A-Za-z0-9]+)\/([^/]+)\/_user_request_(\/.*)?$/;

const decodeStage = (s: string | undefined) => {
  try {
    return decodeURIComponent(s ?? "");
  } catch {
    return s ?? "";
  }
};

/**
 * The three local URL forms (LocalStack's, so existing tooling works): Host `{apiId}.execute-api.localhost`,
 * `/_aws/execute-api/{apiId}/{stage}/{path}` and the legacy `/restapis/{apiId}/{stage}/_user_request_/{path}`.
 * AWS's own host form `{apiId}.execute-api.{region}.amazonaws.com` is accepted too, for a hosts-file setup.
 */
export function parseInvokeUrl(hostname: string, pathname: string): InvokeTarget | undefined {
  const host = HOST.exec(hostname) ?? AWS_HOST.exec(hostname);
  if (host) {
    const m = STAGE_AND_PATH.exec(pathname);
    return { apiId: host[1], stageName: decodeStage(m?.[1]), path: m?.[2] ?? "/", form: "host" };
  }
  const p = PATH.exec(pathname);
  if (p) return { apiId: p[1], stageName: decodeStage(p[2]), path: p[3] ?? "/", form: "path" };
  const u = USER_REQUEST.exec(pathname);
  if (u) return { apiId: u[1], stageName: decodeStage(u[2]), path: u[3] ?? "/", form: "user-request" };
  return undefined;
}

import { type InvokeTarget, parseInvokeTarget } from "../../grammar/invoke-url.js";
import { UsageError } from "../usage-error.js";
import { localEndpointOf } from "./local-endpoint.js";

/** A pasted invoke URL: the gateway's own reading of it (src/grammar/invoke-url.ts) plus what the doctor needs besides. */
export interface InvokeUrl {
  target: InvokeTarget;
  /** The query string with its "?", or "". */
  query: string;
  /** For the local forms: the emulator's base URL, where its control plane answers. */
  localEndpoint?: string;
  url: string;
}

/** Parses an invoke URL; anything else is a usage error that says what the URL is instead, when it can tell. */
export function parseInvokeUrl(raw: string): InvokeUrl {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new UsageError("doctor.usage.not-a-url", { url: raw });
  }
  const target = parseInvokeTarget(u.hostname, u.pathname);
  if (!target) throw new UsageError(`doctor.usage.${productOf(u.hostname, u.pathname)}`, { url: raw, host: u.hostname });
  const local = target.form !== "aws" && target.form !== "aws-private";
  const origin = `${u.protocol}//${u.hostname.endsWith(".localhost") ? "127.0.0.1" : u.hostname}${u.port ? `:${u.port}` : ""}`;
  return { target, query: u.search, url: u.toString(), localEndpoint: local ? (localEndpointOf(raw) ?? origin) : undefined };
}

/** What a non-invoke URL is, to say so in one line (the wrong product is a common cause of "my authorizer is ignored"). */
function productOf(host: string, path: string): string {
  if (/\.appsync-api\.[a-z0-9-]+\.amazonaws\.com$/.test(host)) return "appsync-url";
  if (/\.lambda-url\.[a-z0-9-]+\.on\.aws$/.test(host)) return "lambda-url";
  if (/\.auth\.[a-z0-9-]+\.amazoncognito\.com$/.test(host) || /^cognito-idp\./.test(host)) return "cognito-url";
  // poolgate's own user pool endpoints: the hosted UI domain form, or the OAuth and discovery paths on its port.
  if (/\.auth\.[a-z0-9-]+\.localhost$/.test(host) || /^\/(oauth2\/|login$|logout$|signup$|forgotPassword$|[\w-]+_\w+\/\.well-known\/)/.test(path))
    return "cognito-url";
  if (/\.cloudfront\.net$/.test(host)) return "cloudfront-url";
  return "not-invoke-url";
}

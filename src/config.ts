import { existsSync } from "node:fs";
import { isIP } from "node:net";
import { resolve } from "node:path";
import { parseLambdaMapping } from "./lambda/lambda-functions.js";
import type { LogLevel } from "./platform/log.js";

/**
 * Every option of `poolgate start`, with its default and the environment variable that can set it.
 * docs/configuration.md is generated from this table (npm run docs).
 */
export interface Config {
  host: string;
  port: number;
  region: string;
  dataDir: string;
  ephemeral: boolean;
  /** `local`: issuer is this server's base URL + pool id. `aws`: https://cognito-idp.{region}.amazonaws.com/{poolId}. */
  issuer: "local" | "aws";
  /** Base URL used in every URL poolgate mints; never derived from a request's Host header. */
  publicUrl: string | undefined;
  logLevel: LogLevel;
  /** Opt-in: add `x-poolgate-reason` (the failed check id) to gateway error answers. */
  diagnosticHeader: boolean;
  /** Create the demo pool, client, user and /pets API at start. */
  demo: boolean;
  /** AWS_PROXY integrations: `arnOrName=path/to/file.js#handler` mappings to local Node handlers. */
  lambdas: string[];
  /** JWKS URLs of user pools poolgate does not hold: `poolId=url` (default: the pool's AWS JWKS URL). */
  jwks: string[];
  /** Serve HTTPS (same port) with a self-signed certificate for localhost, *.localhost and 127.0.0.1. */
  https: boolean;
  /** Host names served besides loopback, *.localhost, IP literals and the public URL's host (`name` or `*.suffix`). */
  allowedHosts: string[];
}

export interface OptionSpec {
  key: keyof Config;
  flag: string;
  env: string;
  default: string | number | boolean | undefined;
  description: string;
}

export const OPTIONS: OptionSpec[] = [
  { key: "host", flag: "--host <host>", env: "POOLGATE_HOST", default: "127.0.0.1", description: "Address to listen on" },
  { key: "port", flag: "--port <port>", env: "POOLGATE_PORT", default: 4599, description: "Port for every API (0 picks a free port)" },
  { key: "region", flag: "--region <region>", env: "POOLGATE_REGION", default: "us-east-1", description: "AWS region new user pools and APIs belong to" },
  { key: "dataDir", flag: "--data-dir <dir>", env: "POOLGATE_DATA_DIR", default: "./.poolgate", description: "Directory holding the embedded SQLite database" },
  { key: "ephemeral", flag: "--ephemeral", env: "POOLGATE_EPHEMERAL", default: false, description: "Keep all state in memory; nothing is written to disk" },
  {
    key: "issuer",
    flag: "--issuer <mode>",
    env: "POOLGATE_ISSUER",
    default: "local",
    description: "Token issuer: 'local' (this server's URL + pool id, OIDC discovery works) or 'aws' (https://cognito-idp.{region}.amazonaws.com/{poolId})",
  },
  {
    key: "publicUrl",
    flag: "--public-url <url>",
    env: "POOLGATE_PUBLIC_URL",
    default: undefined,
    description: "Base URL used in issued URLs (default http://HOST:PORT)",
  },
  { key: "logLevel", flag: "--log-level <level>", env: "POOLGATE_LOG_LEVEL", default: "info", description: "debug | info | warn | error | silent" },
  {
    key: "diagnosticHeader",
    flag: "--diagnostic-header",
    env: "POOLGATE_DIAGNOSTIC_HEADER",
    default: false,
    description: "Add x-poolgate-reason with the failed check id to refused gateway requests",
  },
  { key: "demo", flag: "--demo", env: "POOLGATE_DEMO", default: false, description: "Create a demo user pool, client, user and REST API (/pets) at start" },
  {
    key: "lambdas",
    flag: "--lambda <arnOrName=file.js#handler...>",
    env: "POOLGATE_LAMBDAS",
    default: undefined,
    description:
      "Run this Lambda function (name or ARN) as a local Node handler: AWS_PROXY integrations, Lambda authorizers and user pool triggers; repeatable, env comma-separated",
  },
  {
    key: "jwks",
    flag: "--jwks <poolId=url...>",
    env: "POOLGATE_JWKS",
    default: undefined,
    description:
      "JWKS URL for a user pool poolgate does not hold (default https://cognito-idp.{region}.amazonaws.com/{poolId}/.well-known/jwks.json); repeatable",
  },
  {
    key: "https",
    flag: "--https",
    env: "POOLGATE_HTTPS",
    default: false,
    description:
      "Serve HTTPS on the same port with a self-signed certificate for localhost, *.localhost and 127.0.0.1, made at first start with the machine's openssl and kept in the data directory (Amplify and Postman's browser flow need https)",
  },
  {
    key: "allowedHosts",
    flag: "--allowed-host <name...>",
    env: "POOLGATE_ALLOWED_HOSTS",
    default: undefined,
    description:
      "Another Host name to answer (`name` or `*.domain`), e.g. a LAN name or host.docker.internal; repeatable, env comma-separated. Always served: localhost, *.localhost, IP addresses, the --public-url host and the AWS host forms ({apiId}.execute-api.{region}.amazonaws.com, cognito-idp and apigateway.{region}.amazonaws.com). Requests naming any other host get 403, so a web page cannot reach poolgate through DNS rebinding",
  },
];

export class ConfigError extends Error {}

const truthy = (v: string) => ["1", "true", "yes", "on"].includes(v.toLowerCase());

/** Repeatable options: an array from flags, a comma-separated string from the environment. */
const listOption = (v: unknown): string[] =>
  (Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(",") : []).map((x) => x.trim()).filter((x) => x !== "");

/** Flags win over environment variables, which win over defaults. */
export function resolveConfig(flags: Partial<Record<keyof Config, unknown>>, env: NodeJS.ProcessEnv = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const o of OPTIONS) {
    let v: unknown = flags[o.key];
    if (v === undefined && env[o.env] !== undefined && env[o.env] !== "") {
      const raw = env[o.env] as string;
      v = typeof o.default === "boolean" ? truthy(raw) : raw;
    }
    out[o.key] = v === undefined ? o.default : v;
  }
  const port = Number(out.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port must be an integer from 0 to 65535, got '${out.port}'`);
  out.port = port;
  if (out.issuer !== "local" && out.issuer !== "aws") throw new ConfigError(`--issuer must be 'local' or 'aws', got '${out.issuer}'`);
  if (!/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(String(out.region))) throw new ConfigError(`--region must look like us-east-1, got '${out.region}'`);
  if (!["debug", "info", "warn", "error", "silent"].includes(String(out.logLevel)))
    throw new ConfigError(`--log-level must be debug, info, warn, error or silent`);
  out.dataDir = resolve(String(out.dataDir));
  for (const key of ["lambdas", "jwks", "allowedHosts"] as const) out[key] = listOption(out[key]);
  if (out.publicUrl !== undefined) checkPublicUrl(String(out.publicUrl));
  for (const spec of out.lambdas as string[]) checkLambda(spec);
  out.allowedHosts = (out.allowedHosts as string[]).map(checkAllowedHost);
  return out as unknown as Config;
}

function checkPublicUrl(value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "")
    throw new ConfigError(`--public-url must be an http:// or https:// URL such as http://localhost:4599, got '${value}'`);
  if (url.search || url.hash || url.username) throw new ConfigError(`--public-url must be a base URL without query, fragment or credentials, got '${value}'`);
}

// A mapping that cannot run is refused at start: skipped silently, it only showed up as a 500 much later.
function checkLambda(spec: string): void {
  const m = parseLambdaMapping(spec);
  if (!m) throw new ConfigError(`--lambda must be arnOrName=path/to/file.js#handler, got '${spec}'`);
  if (!existsSync(m.file)) throw new ConfigError(`--lambda ${spec}: no file ${m.file}`);
}

function checkAllowedHost(value: string): string {
  const name = value.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (isIP(name) || /^(\*\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/.test(name)) return name;
  throw new ConfigError(`--allowed-host must be a host name, '*.domain' or an IP address (no scheme or port), got '${value}'`);
}

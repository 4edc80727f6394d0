import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { apigatewayMounts } from "../apigateway/mount.js";
import { discoveryMount } from "../cognito/discovery.js";
import { hostedUiMounts } from "../cognito/hosted-ui/mount.js";
import { cognitoMount } from "../cognito/http.js";
import { KeyRing } from "../cognito/tokens/keyring.js";
import type { Config } from "../config.js";
import { Captures } from "../console/captures.js";
import { consoleMount } from "../console/mount.js";
import { discardBody, type Mount, type RequestInfo, sendJson } from "../http/exchange.js";
import { lambdaFunctionsOf } from "../lambda/lambda-functions.js";
import { type Clock, systemClock } from "../platform/clock.js";
import { type Ids, randomIds } from "../platform/ids.js";
import { createLogger, type Logger } from "../platform/log.js";
import type { Services } from "../services.js";
import type { DeploymentReader } from "../shapes/apigateway.js";
import { cognitoStore } from "../store/cognito/index.js";
import { openDatabase } from "../store/db.js";
import { Urls } from "../urls.js";
import { AllowedHosts } from "./allowed-hosts.js";
import { localEndpointsMount } from "./local-endpoints.js";
import { selfSignedCertificate } from "./self-signed-cert.js";

export interface PoolgateOptions {
  clock?: Clock;
  ids?: Ids;
  log?: Logger;
  /** The deployments the invoke path serves (tests inject snapshots directly). */
  deployments?: DeploymentReader;
}

export interface Poolgate {
  services: Services;
  server: Server;
  /** Resolves with the base URL once the port accepts connections. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The composition root: one store, one clock, one set of mounts on one port. */
export function createPoolgate(config: Config, opts: PoolgateOptions = {}): Poolgate {
  const db = openDatabase({ dataDir: config.dataDir, ephemeral: config.ephemeral });
  const cognito = cognitoStore(db);
  const scheme = config.https ? "https" : "http";
  const urls = new Urls({ base: config.publicUrl ?? `${scheme}://${displayHost(config.host)}:${config.port}`, issuerMode: config.issuer });
  const log = opts.log ?? createLogger(config.logLevel);
  const services: Services = {
    config,
    db,
    cognito,
    keys: new KeyRing(cognito.keys),
    clock: opts.clock ?? systemClock,
    ids: opts.ids ?? randomIds,
    log,
    urls,
    lambdas: lambdaFunctionsOf(config.lambdas, (m) => log.warn(m)),
  };
  const startedAt = Date.now();
  // Host-based mounts first (execute-api and hosted-UI domains), then path-based ones.
  const captures = new Captures();
  const mounts: Mount[] = [
    ...captures.observeInvocations(apigatewayMounts(services, opts.deployments)),
    ...hostedUiMounts(services),
    consoleMount(services, captures),
    localEndpointsMount(services, startedAt),
    cognitoMount(services),
    discoveryMount(services),
  ];

  const serverOptions = { requestTimeout: 60_000, headersTimeout: 30_000, maxHeaderSize: 64 * 1024 };
  const hosts = new AllowedHosts(config.allowedHosts ?? [], config.publicUrl);
  const onRequest = (req: IncomingMessage, res: ServerResponse) => dispatch(services, hosts, mounts, req, res);
  // --https: the same port speaks TLS with a self-signed certificate (hosted UI for Amplify / Postman). The
  // certificate is set in listen(), so a missing openssl is reported like any other start-up failure.
  const https = config.https ? createHttpsServer(serverOptions, onRequest) : undefined;
  const server: Server = https ?? createServer(serverOptions, onRequest);
  server.keepAliveTimeout = 65_000;

  return {
    services,
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        if (https) {
          try {
            const tls = selfSignedCertificate({ dataDir: config.dataDir, ephemeral: config.ephemeral, region: config.region });
            https.setSecureContext({ key: tls.key, cert: tls.cert });
          } catch (e) {
            reject(e);
            return;
          }
        }
        server.once("error", reject);
        server.listen(config.port, config.host, () => {
          server.off("error", reject);
          const port = (server.address() as AddressInfo).port;
          if (!config.publicUrl) urls.setBase(`${scheme}://${displayHost(config.host)}:${port}`);
          resolve(urls.base);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

const displayHost = (host: string) => (host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host);

async function dispatch(s: Services, hosts: AllowedHosts, mounts: Mount[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  let info: RequestInfo;
  try {
    const hostHeader = req.headers.host || "localhost";
    if (!/^[\w.:[\]-]+$/.test(hostHeader)) throw new Error("bad Host");
    const url = new URL(req.url ?? "/", `http://${hostHeader}`);
    info = { url, hostname: url.hostname.toLowerCase(), requestId, sourceIp: req.socket.remoteAddress ?? "" };
  } catch {
    refuse(req, res, 400, { message: "Bad request" });
    return;
  }
  if (!hosts.allows(info.hostname)) {
    s.log.debug("refused a request for a host poolgate does not serve", { requestId, host: info.hostname });
    refuse(req, res, 403, {
      message: `poolgate does not serve the host '${info.hostname}'. If you meant to reach poolgate by this name, start it with --allowed-host ${info.hostname} (or POOLGATE_ALLOWED_HOSTS).`,
    });
    return;
  }
  try {
    const mount = mounts.find((m) => m.handles(req, info));
    if (!mount) {
      sendJson(res, 404, { message: `poolgate has nothing at ${req.method} ${info.url.pathname}` }, { "x-amzn-RequestId": requestId });
      return;
    }
    await mount.handle(req, res, info);
  } catch (err) {
    s.log.error("unhandled error", { requestId, error: err instanceof Error ? err.stack : String(err) });
    sendJson(res, 500, { message: "Internal server error" }, { "x-amzn-RequestId": requestId });
  }
}

/** An answer before any mount reads the request; its body, if any, is thrown away as it arrives. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, body: { message: string }): void {
  discardBody(req);
  sendJson(res, status, body);
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { type Config, resolveConfig } from "../../src/config.js";
import { ManualClock } from "../../src/platform/clock.js";
import { silentLogger } from "../../src/platform/log.js";
import { createPoolgate, type Poolgate } from "../../src/server/app.js";

export interface TestServer {
  app: Poolgate;
  url: string;
  clock: ManualClock;
  config: Config;
  cognito: CognitoIdentityProviderClient;
  apigateway: APIGatewayClient;
  stop(): Promise<void>;
}

/** Fake credentials: poolgate accepts any SigV4 signature, the SDK just needs something to sign with. */
export const TEST_CREDENTIALS = { accessKeyId: "AKIDPOOLGATETEST", secretAccessKey: "poolgate-test-secret" };

/**
 * Starts the real server on a free loopback port, with a movable clock.
 * Pass `dataDir` to test persistence; by default state is in memory.
 */
export async function startServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const ownDir = overrides.dataDir ? undefined : mkdtempSync(join(tmpdir(), "poolgate-test-"));
  const config = { ...resolveConfig({ port: 0, ephemeral: !overrides.dataDir, logLevel: "silent", dataDir: ownDir }, {}), ...overrides };
  const clock = new ManualClock();
  const app = createPoolgate(config, { clock, log: silentLogger });
  const url = await app.listen();
  const cognito = new CognitoIdentityProviderClient({ endpoint: url, region: config.region, credentials: TEST_CREDENTIALS });
  const apigateway = new APIGatewayClient({ endpoint: url, region: config.region, credentials: TEST_CREDENTIALS });
  return {
    app,
    url,
    clock,
    config,
    cognito,
    apigateway,
    async stop() {
      cognito.destroy();
      apigateway.destroy();
      await app.close();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

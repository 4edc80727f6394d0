import type { KeyRing } from "./cognito/tokens/keyring.js";
import type { Config } from "./config.js";
import type { LambdaFunctions } from "./lambda/lambda-functions.js";
import type { Clock } from "./platform/clock.js";
import type { Ids } from "./platform/ids.js";
import type { Logger } from "./platform/log.js";
import type { CognitoStore } from "./store/cognito/index.js";
import type { Db } from "./store/db.js";
import type { Urls } from "./urls.js";

/** Everything an operation or endpoint may use. Each one declares the subset it needs with Pick<>. */
export interface Services {
  config: Config;
  db: Db;
  cognito: CognitoStore;
  keys: KeyRing;
  clock: Clock;
  ids: Ids;
  log: Logger;
  urls: Urls;
  /** Local Node handlers standing in for Lambda functions (--lambda): integrations, authorizers, Cognito triggers. */
  lambdas: LambdaFunctions;
}

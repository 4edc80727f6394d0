import type { LambdaFunctions } from "../../lambda/lambda-functions.js";
import { awsProxyIntegration } from "./aws-proxy.js";
import { httpIntegration } from "./http.js";
import { httpProxyIntegration } from "./http-proxy.js";
import { mockIntegration } from "./mock.js";
import type { IntegrationHandler, IntegrationOutcome, IntegrationRequest } from "./types.js";

/** Runs the method's integration; a method without one, or an AWS (non-proxy) integration, is a 500 configuration error. */
export function integrationRunner(functions: LambdaFunctions): (r: IntegrationRequest) => Promise<IntegrationOutcome> {
  const handlers: Partial<Record<string, IntegrationHandler>> = {
    HTTP_PROXY: httpProxyIntegration,
    HTTP: httpIntegration,
    MOCK: mockIntegration,
    AWS_PROXY: awsProxyIntegration(functions),
  };
  // Not async: the handler's own promise is returned as is (one promise less per request).
  return (r) => {
    const handler = handlers[r.integration.type];
    if (!handler)
      return Promise.resolve({
        error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" },
        detail: `poolgate does not run ${r.integration.type} integrations`,
      });
    return handler(r);
  };
}

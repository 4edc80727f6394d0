import { ACCOUNT_ID } from "../../account.js";
import { checkIdentitySources, identitySourcesOf, identityValues, parseAuthorizerOutput, resultTtlSeconds } from "../../checks/authorizer/lambda.js";
import { headerValue } from "../../checks/request/auth-header.js";
import { invokeHandler } from "../../lambda/invoke-handler.js";
import { functionArnOfUri } from "../../lambda/lambda-functions.js";
import type { Services } from "../../services.js";
import type { Authorizer } from "../../shapes/apigateway.js";

export interface TestInvokeRequest {
  restApiId: string;
  headers: Record<string, string | string[]>;
  query: URLSearchParams;
  stageVariables: Record<string, string>;
}

/**
 * TestInvokeAuthorizer for TOKEN and REQUEST authorizers: runs the function from its local handler once (no cache,
 * no method, so the policy is returned rather than judged), as the console's "Test" button does. The method ARN
 * uses AWS's placeholders for the stage and path of a test call [inferred from console logs].
 */
export async function testInvokeLambdaAuthorizer(
  s: Pick<Services, "config" | "lambdas">,
  authorizer: Authorizer,
  r: TestInvokeRequest,
  log: (line: string) => void,
): Promise<{ clientStatus: number; principalId?: string; policy?: string; authorization?: Record<string, string[]> }> {
  const type = authorizer.type === "REQUEST" ? "REQUEST" : "TOKEN";
  const values = identityValues(identitySourcesOf(type, authorizer.identitySource), {
    header: (name) => headerValue(r.headers, name),
    query: (name) => r.query.get(name) ?? undefined,
    stageVariable: (name) => r.stageVariables[name],
    context: () => undefined,
  });
  const early = checkIdentitySources(type, values, resultTtlSeconds(authorizer), authorizer.identityValidationExpression);
  if (early) {
    log(`Unauthorized request: test-request (${early.finding.messageKey})`);
    return { clientStatus: 401 };
  }
  const methodArn = `arn:aws:execute-api:${s.config.region}:${ACCOUNT_ID}:${r.restApiId}/ESTestInvoke-stage/GET/`;
  const fn = functionArnOfUri(authorizer.authorizerUri ?? "") ?? authorizer.authorizerUri ?? "";
  const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, Array.isArray(v) ? v[v.length - 1] : v]));
  const event =
    type === "TOKEN"
      ? { type, authorizationToken: values[0]?.value ?? "", methodArn }
      : { type, methodArn, headers, queryStringParameters: Object.fromEntries(r.query), stageVariables: r.stageVariables };
  const run = await invokeHandler(s.lambdas, fn, event, 29_000);
  if (!run.ok) {
    if (run.reason === "threw" && run.message === "Unauthorized") {
      log("Unauthorized request: test-request");
      return { clientStatus: 401 };
    }
    log(`Execution failed due to configuration error: ${run.message}`);
    return { clientStatus: 500 };
  }
  const output = parseAuthorizerOutput(run.result);
  if (typeof output === "string") {
    log(`Execution failed due to configuration error: Invalid JSON in response: ${output}`);
    return { clientStatus: 500 };
  }
  log("Authorizer result: Allowed");
  return {
    clientStatus: 200,
    principalId: output.principalId,
    policy: JSON.stringify({ Version: "2012-10-17", Statement: output.statements }),
  };
}

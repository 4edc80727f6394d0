import type { Catalogue } from "../catalogue.js";

/** request checks (and the method, api and cors ids the gateway reports), en. Keys: "<check id>.<message key>" and ".fix". */
export const request: Catalogue = {
  "request.auth-header.ok": "The token is in the {header} header.",
  "request.auth-header.ok-bearer": "The token is in the {header} header, after 'Bearer '.",
  "request.auth-header.skipped": "Not checked.",
  "request.auth-header.unusual-bearer": "The {header} header uses an unusual Bearer prefix ({actual}); AWS has only been observed accepting 'Bearer <token>'.",
  "request.auth-header.unusual-bearer.fix": "Send 'Bearer <token>' with one space, or the bare token.",
  "request.auth-header.missing": "The request has no {header} header, which the authorizer reads the token from.",
  "request.auth-header.missing.fix": "Send the token in the {header} header (the authorizer's identitySource).",
  "request.auth-header.empty": "The {header} header is empty.",
  "request.auth-header.empty.fix": "Put the ID or access token in the {header} header.",
  "request.auth-header.bearer-without-token": "The {header} header says 'Bearer' with no token after it.",
  "request.auth-header.bearer-without-token.fix": "Check that the variable holding the token is set before the request is sent.",
  "request.auth-header.preflight": "Not a token problem: this is a CORS preflight, which never carries one (see cors.preflight-authorizer).",
  "request.auth-header.iam-signature":
    "The {header} header carries an AWS SigV4 signature (AWS4-HMAC-SHA256 Credential=...), i.e. IAM authorization; a Cognito user pool authorizer reads it as a token, and it is not one.",
  "request.auth-header.iam-signature.fix":
    "Stop signing this request (turn off SigV4 / \"AWS Signature\" in the client or SDK) and send the user pool's ID or access token in {header}; or, if IAM is meant, set the method's authorization to AWS_IAM and redeploy.",
  "request.auth-header.identity-source-repeated":
    "The authorizer's identity source repeats its prefix ({identitySource}): API Gateway reads a header called {header}, which no client sends, so every call is 401 whatever Authorization carries.",
  "request.auth-header.identity-source-repeated.fix":
    "Set the authorizer's identitySource to {meant} (aws apigateway update-authorizer --rest-api-id {apiId|arg} --authorizer-id {authorizerId|arg} --patch-operations op=replace,path=/identitySource,value={meant}) and redeploy.",
  "request.auth-header.other-scheme": "The {header} header starts with '{scheme} ', which is sent as part of the token.",
  "request.auth-header.other-scheme.fix": "Send 'Bearer <token>' or the bare token.",

  "request.stage.ok": "Stage {stage} of API {apiId} is deployed.",
  "request.stage.skipped": "Not checked.",
  "request.stage.unknown-api": "There is no REST API {apiId}.",
  "request.stage.unknown-api.fix": "Check the API id in the invoke URL (GetRestApis lists them).",
  "request.stage.no-stage": "The URL names no stage.",
  "request.stage.no-stage.fix": "REST API URLs start with the stage: /<stage>/<path> (stages of API {apiId}: {stages}).",
  "request.stage.unknown-stage": "API {apiId} has no stage {stage} (stages: {stages}).",
  "request.stage.unknown-stage.fix": "Use a deployed stage name in the URL, or deploy the API to this stage (CreateDeployment with stageName).",
  "request.stage.no-deployment": "Stage {stage} points to a deployment that no longer exists.",
  "request.stage.no-deployment.fix": "Deploy the API to the stage again.",
  "request.stage.endpoint-disabled": "API {apiId} has its default execute-api endpoint disabled.",
  "request.stage.endpoint-disabled.fix": "Call the API through its custom domain, or set disableExecuteApiEndpoint to false.",

  "request.route.ok": "The request matches {method} {resourcePath}.",
  "request.route.skipped": "Not checked: the stage is not deployed.",
  "request.route.no-resource": "No resource of the deployed API matches {path}.",
  "request.route.no-resource.fix":
    "Check the path and stage in the URL; if you added the resource recently, redeploy the API. (An Authorization header turns this 403 into a misleading SigV4 message.)",
  "request.route.no-method": "{resourcePath} has no {method} method in the deployed API (it has: {methods}).",
  "request.route.no-method.fix": "Use a method the resource has, or add the method and redeploy the API.",

  "method.authorization-type.none": "The method has no authorizer (NONE).",
  "method.authorization-type.cognito": "The method uses a Cognito user pool authorizer.",
  "method.authorization-type.skipped": "Not checked.",
  "method.authorization-type.aws-iam": "The method uses AWS_IAM authorization, which needs a SigV4 signature, not a Cognito token.",
  "method.authorization-type.aws-iam.fix":
    "Set the method's authorizationType to COGNITO_USER_POOLS with your authorizer and redeploy, or sign the request with SigV4.",
  "method.authorization-type.custom": "The method uses a Lambda (CUSTOM) authorizer: its function decides, whatever the Cognito token says.",
  "method.authorization-type.custom.fix":
    "If the method should check Cognito tokens, set authorizationType COGNITO_USER_POOLS with your user pool authorizer and redeploy.",

  "cors.preflight-authorizer.not-preflight": "Not a CORS preflight.",
  "cors.preflight-authorizer.skipped": "Not checked.",
  "cors.preflight-authorizer.ok": "The CORS preflight does not go through the authorizer.",
  "cors.preflight-authorizer.blocked":
    "The CORS preflight (OPTIONS) reached the {method} method, which has {authorization} authorization: browsers never send credentials on a preflight, so it is refused and the page sees a CORS error.",
  "cors.preflight-authorizer.blocked.fix":
    "Fix the API, not the caller: add an OPTIONS method with authorization NONE on the resource (a MOCK integration returning the CORS headers), or enable CORS on the resource, which creates that method; then redeploy.",

  "cors.gateway-responses.not-cross-origin": "No Origin header: not a browser cross-origin request.",
  "cors.gateway-responses.skipped": "Not checked.",
  "cors.gateway-responses.ok": "The {responseType} gateway response carries CORS headers.",
  "cors.gateway-responses.missing":
    "The {responseType} gateway response has no Access-Control-Allow-Origin, so a browser at {origin} reports a CORS error instead of it.",
  "cors.gateway-responses.missing.fix":
    "PutGatewayResponse for {responseType} (or DEFAULT_4XX/DEFAULT_5XX) with responseParameters gatewayresponse.header.Access-Control-Allow-Origin, then redeploy.",

  "api.resource-policy.no-policy": "The API has no resource policy.",
  "api.resource-policy.skipped": "Not checked.",
  "api.resource-policy.allowed": "The resource policy allows {arn} from {sourceIp} (statement {statement}).",
  "api.resource-policy.explicit-deny": "Statement {statement} of the resource policy denies {arn} from {sourceIp}.",
  "api.resource-policy.explicit-deny.fix": "Change the Deny statement's conditions (aws:SourceIp, aws:SourceVpce) or resources, then redeploy the API.",
  "api.resource-policy.no-allow": "No Allow statement of the resource policy matches {arn} from {sourceIp}.",
  "api.resource-policy.no-allow.fix": "Add an Allow for execute-api:Invoke on this stage, method and path (and source) and redeploy the API.",
  "api.resource-policy.invalid": "The resource policy cannot be evaluated: {reason}.",
  "api.resource-policy.invalid.fix": "Fix the policy document (Version, Statement with Effect, Principal, Action, Resource) and redeploy.",

  "request.api-key.not-required": "The method does not require an API key.",
  "request.api-key.skipped": "Not checked.",
  "request.api-key.missing": "The method requires an API key and the request has no x-api-key header.",
  "request.api-key.missing.fix": "Send the key in the x-api-key header, or set apiKeyRequired to false on the method and redeploy.",
  "request.api-key.ok": "API key {key} is enabled and in a usage plan of stage {stage} of API {apiId}.",
  "request.api-key.missing-from-authorizer":
    "The API takes its keys from the authorizer (apiKeySource AUTHORIZER), and the Lambda authorizer returned no usageIdentifierKey.",
  "request.api-key.missing-from-authorizer.fix":
    "Return usageIdentifierKey (the value of an API key) from the authorizer function, or set the API's apiKeySource to HEADER and redeploy.",
  "request.api-key.unknown-key": "No API key has the value sent ({key}).",
  "request.api-key.unknown-key.fix": "Send the key's value, not its id (GetApiKey with includeValue shows it); keys are per account and region.",
  "request.api-key.disabled-key": "API key {key} is disabled.",
  "request.api-key.disabled-key.fix":
    "Enable it (UpdateApiKey with op replace, path /enabled, value true). CreateApiKey makes keys disabled unless enabled is true.",
  "request.api-key.throttled": "API key {key} is over its usage plan's throttle (rateLimit/burstLimit): 429 Too Many Requests.",
  "request.api-key.throttled.fix": "Send requests more slowly, or raise the usage plan's throttle (UpdateUsagePlan /throttle/rateLimit, /throttle/burstLimit).",
  "request.api-key.quota-exceeded": "API key {key} used up its usage plan's quota for this period: 429 Limit Exceeded.",
  "request.api-key.quota-exceeded.fix": "Wait for the next period, or raise the usage plan's quota (UpdateUsagePlan /quota/limit).",
  "request.api-key.not-in-plan": "API key {key} is not in a usage plan of stage {stage} of API {apiId}.",
  "request.api-key.not-in-plan.fix":
    "Add the key to a usage plan (CreateUsagePlanKey) whose apiStages include {apiId}:{stage} (UpdateUsagePlan add /apiStages).",
  "request.api-key.unchecked": "An API key was sent ({key}); its value, state and usage plans could not be looked up.",
  "request.api-key.unchecked.fix": "Check the key against the stage's usage plans (GetApiKeys with includeValues, GetUsagePlans with keyId).",
};

import type { Catalogue } from "../catalogue.js";

/** doctor checks, en. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const doctor: Catalogue = {
  "doctor.title.oauth": "poolgate doctor: OAuth 2.0 client setup for app client {clientId} (user pool {pool})",
  "doctor.title.token": "poolgate doctor: token",
  "doctor.title.request": "poolgate doctor: {method} {url}",
  "doctor.status.pass": "passed ",
  "doctor.status.fail": "FAILED ",
  "doctor.status.warn": "warning",
  "doctor.status.skip": "skipped",
  "doctor.label.actual": "actual  ",
  "doctor.label.expected": "expected",
  "doctor.label.fix": "fix     ",
  "doctor.label.explain": "explain ",
  "doctor.summary": "{pass} passed, {fail} failed, {warn} warnings, {skip} skipped.",
  "doctor.summary.one-warning": "{pass} passed, {fail} failed, 1 warning, {skip} skipped.",
  "doctor.verdict.pass": "Nothing on the checklist failed.",
  "doctor.verdict.fail": "Fix the failed items above, top first.",
  // Usage errors (exit 2): one line each.
  "doctor.usage.internal": "unexpected error: {error}",
  "doctor.usage.missing-option": "missing {option}",
  "doctor.usage.bad-endpoint-url": "--endpoint-url '{url}' is not an http(s) URL",
  "doctor.usage.bad-pool-id": "'{value}' is not a user pool id (expected <region>_<id>, e.g. us-east-1_AbCdEf123)",
  "doctor.usage.no-region": "no region: pass --region or set AWS_REGION",
  "doctor.usage.unreadable-file": "cannot read {file} ({code})",
  "doctor.usage.not-an-export":
    "{file} is not an exported OpenAPI document (no paths); export one with: aws apigateway get-export --parameters extensions=apigateway",
  "authorizer.test-invoke.offline": "Not run: offline (--api-file); TestInvokeAuthorizer needs the API Gateway API.",
  "doctor.usage.unreachable": "cannot reach {endpoint} ({code}); is it running, and is the URL right?",
  "doctor.usage.no-credentials": "no AWS credentials found (environment, profile or instance role); use --endpoint-url for poolgate",
  "doctor.usage.bad-credentials": "AWS refused the credentials: {error}",
  "doctor.usage.aws-error": "{operation} failed: {error}",
  "doctor.usage.no-token": "no token given (pass it as an argument, or '-' to read standard input)",
  "doctor.usage.not-a-token": "this is not a token: {reason}",
  "doctor.usage.bad-now": "--now '{value}' is not a time (ISO 8601 or epoch seconds)",
  // token.input (doctor): what broke a pasted token.
  "token.input.clean": "The token arrived intact: nothing was added to it.",
  "token.input.json-fragment": "A piece of JSON was pasted, not the token alone ({all}).",
  "token.input.json-fragment.fix": "Send only the token string (the value of IdToken or AccessToken, without the quotes): {repaired}.",
  "token.input.quotes": "The token is wrapped in quotes ({all}).",
  "token.input.quotes.fix": "Remove the quotes: the header value is the bare token, {repaired}.",
  "token.input.double-bearer": "The value says 'Bearer' twice ({all}); API Gateway removes only one, so the token starts with 'Bearer '.",
  "token.input.double-bearer.fix": "Send 'Authorization: Bearer <token>' or just the token: {repaired}. (Postman's Bearer Token type adds 'Bearer ' itself.)",
  "token.input.bearer-inside": "The word 'Bearer' is inside the token ({all}).",
  "token.input.bearer-inside.fix": "Put 'Bearer ' only in front of the token, never inside it: {repaired}.",
  "token.input.line-break": "The token contains a line break ({all}): it was wrapped when copied.",
  "token.input.line-break.fix": "Join the lines; the repaired token is {repaired}.",
  "token.input.spaces": "The token contains spaces ({all}); the article's first suspect.",
  "token.input.spaces.fix": "Remove the spaces added when the token was put in the header: {repaired}.",
  "token.input.invisible": "The token contains invisible characters (zero-width space, no-break space) ({all}).",
  "token.input.invisible.fix": "Copy the token as plain text; the repaired token is {repaired}.",
  "token.input.url-encoded": "The token is URL-encoded ({all}).",
  "token.input.url-encoded.fix": "Decode it before putting it in the header: {repaired}.",
  "token.input.ellipsis": "The token ends in '...': a display or log shortened it ({all}).",
  "token.input.ellipsis.fix": "Copy the whole token from the source (the authentication result), not from a log line or a UI field.",
  "token.input.truncated": "The token is cut short ({all}): its payload or signature is incomplete.",
  "token.input.truncated.fix": "Copy the whole token; a Cognito ID or access token is usually 800–1200 characters or more.",
  "token.input.refresh-token": "This is a refresh token (an encrypted JWE of 5 parts), not an ID or access token ({all}).",
  "token.input.refresh-token.fix":
    "Send the IdToken (method without scopes) or AccessToken (method with scopes); use the refresh token only to get new ones (REFRESH_TOKEN_AUTH).",
  // token.clock-skew (doctor)
  "token.clock-skew.ok": "The token's iat is not in the future: the clocks agree.",
  "token.clock-skew.no-iat": "No iat claim to compare clocks with.",
  "token.clock-skew.issued-in-future": "The token was issued {seconds} s in the future of this machine's clock: one of the clocks is wrong.",
  "token.clock-skew.issued-in-future.fix":
    "Synchronise the clock (NTP) of the machine calling the API; an expiry judged with a skewed clock is wrong by as much.",
  // token.audience (doctor)
  "token.clock-skew.date-agrees": "The API's clock (Date: {date}) agrees with this machine's.",
  "token.clock-skew.server-ahead":
    "The API's clock (Date: {date}) is {seconds} s ahead of this machine's: this machine's clock is behind, so it judges expiry too late and its tokens may already be expired for the API.",
  "token.clock-skew.server-ahead.fix":
    "Synchronise this machine's clock (NTP) before looking further: with the clocks right, read the other findings again (an endpoint or region mismatch comes after this).",
  "token.clock-skew.server-behind":
    "The API's clock (Date: {date}) is {seconds} s behind this machine's: this machine's clock is ahead, so what it sees as valid or expired differs from what the API sees.",
  "token.clock-skew.server-behind.fix":
    "Synchronise this machine's clock (NTP) before looking further: with the clocks right, read the other findings again (an endpoint or region mismatch comes after this).",
  "token.audience.ok": "The token was issued to app client {client}.",
  "token.audience.not-asked": "Issued to app client {client} (the REST authorizer does not check it; pass --client-id to compare).",
  "token.audience.none": "The token names no app client (no aud, no client_id); expected {clientId}.",
  "token.audience.none.fix": "Use a token from the user pool's authentication result.",
  "token.audience.other-client":
    "The token was issued to app client {client}, not {clientId}. The REST API authorizer accepts any client of the pool, but an HTTP API JWT authorizer or aws-jwt-verify would refuse it.",
  "token.audience.other-client.fix": "Sign in with app client {clientId}, or add {client} to the verifier's audience.",
  // doctor's views of shared checks
  "token.kind-for-scopes.suits-id":
    "An ID token: accepted by methods without OAuth scopes, refused (401) by methods with scopes. Pass --scopes to check a method.",
  "token.kind-for-scopes.suits-access":
    "An access token: accepted only by methods with OAuth scopes it carries, refused (401) by methods without scopes. Pass --scopes to check a method.",
  "token.signature.jwks-unreachable": "Signature not checked: the issuer's keys could not be fetched from {url} ({error}).",
  "token.signature.jwks-unreachable.fix": "Pass --jwks-url, or --endpoint-url for poolgate, to check the signature.",
  // Claim explanations (the article's example payloads).
  "doctor.claim.token_use.id": "token_use = id: an ID token (who the user is). A method WITHOUT OAuth scopes needs this one.",
  "doctor.claim.token_use.access": "token_use = access: an access token (what the caller may do). A method WITH OAuth scopes needs this one.",
  "doctor.claim.token_use.other": "token_use = {value}: neither an ID nor an access token; API Gateway refuses it.",
  "doctor.claim.exp.future": "exp = {value} = {value|time} (in {amount}): when the token stops being accepted; seconds since 1970-01-01T00:00:00Z, UTC.",
  "doctor.claim.exp.past": "exp = {value} = {value|time} ({amount} ago): the token has expired; seconds since 1970-01-01T00:00:00Z, UTC.",
  "doctor.claim.iat.future": "iat = {value} = {value|time} (in {amount}): when the token was issued, in the future of this machine's clock.",
  "doctor.claim.iat.past": "iat = {value} = {value|time} ({amount} ago): when this token was issued.",
  "doctor.claim.auth_time.future": "auth_time = {value} = {value|time} (in {amount}): when the user authenticated; in the future of this machine's clock.",
  "doctor.claim.auth_time.past": "auth_time = {value} = {value|time} ({amount} ago): when the user authenticated (unchanged when tokens are refreshed).",
  "doctor.claim.iss": "iss = {value}: the user pool that issued the token ({poolId}); the authorizer's pool must be this one.",
  "doctor.claim.iss.unknown": "iss = {value}: not a Cognito user pool issuer.",
  "doctor.claim.aud": "aud = {value}: the app client the ID token was issued to (the REST authorizer does not check it).",
  "doctor.claim.client_id": "client_id = {value}: the app client the access token was issued to.",
  "doctor.claim.scope": "scope = {value}: the access token's OAuth scopes; a method with scopes needs at least one of them.",
  "doctor.claim.groups": "cognito:groups = {value}: the user's groups.",
  "doctor.claim.username": "username = {value}: the user's internal user name.",
  "doctor.token.decision.allow": "An API method with a Cognito authorizer for {pool} and {scopes|scopes} would accept this token.",
  "doctor.token.decision.deny": "An API method with a Cognito authorizer for {pool} would answer {status} {body}.",
  "doctor.token.decision.allow-if-signed":
    "If its signature is genuine (not checked), an API method with a Cognito authorizer for {pool} and {scopes|scopes} would accept this token.",
  "doctor.token.decision.deny-if-signed":
    "Even with a genuine signature (not checked), an API method with a Cognito authorizer for {pool} would answer {status} {body}.",
  // A2 api.deployed (doctor)
  "api.deployed.ok": "Stage {stage} serves the current settings of {method} {path}.",
  "api.deployed.routes-only":
    "Stage {stage} has {method} {path} with the current authorization type (its deployed authorizer and scopes could not be read: no stage export).",
  "api.deployed.no-route": "Not compared: {method} {path} exists neither deployed nor in the current configuration.",
  "api.deployed.route-not-deployed":
    "{method} {path} exists in the API but not in the deployment stage {stage} serves: it was added after the last deployment.",
  "api.deployed.route-not-deployed.fix": "Deploy the API: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}.",
  "api.deployed.authorization-changed":
    "Stage {stage} still serves {method} {path} with {deployedType}; the current configuration says {currentType}. The change was not deployed.",
  "api.deployed.authorization-changed.fix":
    "Deploy the API: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}. Changes to methods and authorizers need a new deployment.",
  "api.deployed.scopes-changed":
    "Stage {stage} serves {method} {path} with {deployedScopes|scopes}; the current configuration has {currentScopes|scopes}. Not deployed.",
  "api.deployed.scopes-changed.fix": "Deploy the API: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}.",
  "api.deployed.authorizer-changed":
    "Stage {stage} serves {method} {path} with the user pools {deployedPools}; the authorizer now names {currentPools}. Not deployed.",
  "api.deployed.authorizer-changed.fix":
    "Deploy the API: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}. Authorizer changes need a new deployment.",
  // A3 authorizer.test-invoke (doctor)
  "api.deployed.settings-changed":
    "Stage {stage} serves {method} {path} with other settings than the current configuration ({settings}): the change was not deployed.",
  "api.deployed.settings-changed.fix":
    "Deploy the API: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}. The stage keeps the authorizer and method settings of its deployment until then.",
  "authorizer.test-invoke.ok": "The authorizer {authorizer} accepts the token in test mode (TestInvokeAuthorizer).",
  "authorizer.test-invoke.refused": "The authorizer {authorizer} refuses the token in test mode (client status {status}).",
  "authorizer.test-invoke.refused.fix": "Read the other token findings: the test uses the same pool list, without method scopes.",
  "authorizer.test-invoke.no-authorizer": "Not run: the method has no authorizer in the current configuration.",
  "authorizer.test-invoke.no-token": "Not run: the request carries no token.",
  "authorizer.test-invoke.access-token": "Not run: test mode works with ID tokens only, and this is an access token.",
  "authorizer.test-invoke.unavailable": "Not run: TestInvokeAuthorizer is not available here ({error}).",
  "authorizer.test-invoke.skipped": "Not run.",
  // api.product (doctor)
  "api.product.rest-api": "{apiId} is a REST API.",
  "api.product.not-rest-api": "There is no REST API {apiId} in {region}.",
  "api.product.not-rest-api.fix":
    "Check the id and the region. If it is an HTTP API (apigatewayv2), its JWT authorizer is another product: it checks aud/client_id and is configured with aws apigatewayv2; this checklist is for REST APIs.",
  // api.private-endpoint (doctor)
  "api.private-endpoint.not-private": "The API is not private (endpoint type {types}).",
  "api.private-endpoint.ok": "A private API, called through a VPC endpoint.",
  "api.private-endpoint.no-policy": "The API is PRIVATE but has no resource policy: private APIs refuse every call until a policy allows it.",
  "api.private-endpoint.no-policy.fix": "Attach a policy allowing execute-api:Invoke with a condition on aws:SourceVpce, then redeploy.",
  "api.private-endpoint.outside-vpc":
    "The API is PRIVATE, and this URL is the public form: it answers only from inside the VPC, through its interface endpoint.",
  "api.private-endpoint.outside-vpc.fix": "Call it from the VPC (private DNS name, or https://{api-id}-{vpce-id}.execute-api.{region}.amazonaws.com).",
  // Doctor-side messages of shared checks
  "api.resource-policy.needs-source-ip": "Not checked: the resource policy tests aws:SourceIp; pass --source-ip with the caller's address.",
  "cors.gateway-responses.no-error": "Not checked: the request is not refused by the gateway.",
  // request.answer (doctor, --send)
  "request.answer.success": "The API answered {status}.",
  "request.answer.expired": "The API answered 401 'The incoming token has expired': the token's exp has passed.",
  "request.answer.expired.fix": "Refresh the tokens (REFRESH_TOKEN_AUTH) or sign in again.",
  "request.answer.unauthorized": "The API answered 401 Unauthorized: the Cognito authorizer refused the token (see the token findings above for why).",
  "request.answer.unauthorized.fix": "Fix the first failed token or authorizer finding above.",
  "request.answer.missing-auth-token":
    "The API answered 403 'Missing Authentication Token': no such path or method in the deployed stage — not a token problem.",
  "request.answer.missing-auth-token.fix": "Check the path, the HTTP method and the stage, and redeploy if the method was added recently.",
  "request.answer.sigv4-message":
    "The API answered 403 with a SigV4 message about the Authorization header: the route does not exist (or the method is AWS_IAM). The token is not the problem.",
  "request.answer.sigv4-message.fix":
    "Check the path, method and stage (and redeploy); for an AWS_IAM method, sign with SigV4 or switch it to the Cognito authorizer.",
  "request.answer.policy-deny": "The API answered 403: a Deny statement of the resource policy matched.",
  "request.answer.policy-deny.fix": "Change the resource policy (and redeploy).",
  "request.answer.policy-no-allow": "The API answered 403: no statement of the resource policy allows this call.",
  "request.answer.policy-no-allow.fix": "Add an Allow for this stage, method and path (and redeploy).",
  "request.answer.authorizer-deny":
    "The API answered 403 'User is not authorized to access this resource with an explicit deny': the Lambda authorizer ran and its policy denies this method.",
  "request.answer.authorizer-deny.fix":
    "Read the authorizer function's logs and the policy it returns: its Resource must cover this stage, method and path (a cached policy is reused for other paths within its TTL).",
  "request.answer.authorizer-no-allow":
    "The API answered 403 'User is not authorized to access this resource': the Lambda authorizer ran and its policy allows nothing that matches this method.",
  "request.answer.authorizer-no-allow.fix":
    "Return an Allow whose Resource matches this call (e.g. arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/*), or turn off result caching when the policy names one path.",
  "request.answer.forbidden": "The API answered 403 Forbidden: wrong or undeployed stage, disabled endpoint, or a missing API key.",
  "request.answer.forbidden.fix": "Check the stage name in the URL and that the API is deployed to it.",
  "request.answer.authorizer-config": "The API answered 500 with a null message: the authorizer is misconfigured (a deleted pool, a bad ARN).",
  "request.answer.authorizer-config.fix": "Fix the authorizer's provider ARNs and redeploy.",
  "request.answer.other": "The API answered {status} {body}.",
  "request.answer.other.fix": "Compare with the findings above; this answer is not one of API Gateway's authorizer answers.",
  "request.answer.unexpected":
    "The API answered {status} {body}, not the {predicted} {predictedBody} that the gateway's own steps predict from the configuration read.",
  "request.answer.unexpected.fix":
    "The configuration read through the API and what the endpoint serves differ: is --endpoint-url or the region the one the URL goes to?",
  "doctor.request.sent": "Sent: the API answered {status} (x-amzn-ErrorType {errorType}): {body}",
  "doctor.request.sent-plain": "Sent: the API answered {status}: {body}",
  "doctor.request.cors-error":
    "In a browser this {status} shows as a CORS error: the request carries Origin and the answer has no Access-Control-Allow-Origin, so the page cannot read the real status. Add CORS headers to the gateway response (cors.gateway-responses) to see it.",
  "doctor.request.predicted": "From the configuration, API Gateway should answer HTTP {status} {body}.",
  "doctor.request.sigv4-hint":
    'With an Authorization header, this answer reads "... not a valid key=value pair (missing equal-sign) in Authorization header" or "Authorization header requires \'Credential\' parameter": it means wrong path, method or stage, not a bad token.',
  "doctor.request.iam-with-jwt":
    "The method uses AWS_IAM (SigV4), so a JWT in the Authorization header is parsed as a broken signature: 403 IncompleteSignatureException.",
  // Usage errors of doctor request
  "doctor.usage.not-a-url": "'{url}' is not a URL",
  "doctor.usage.not-invoke-url":
    "{url} is not an API Gateway invoke URL (https://{id}.execute-api.{region}.amazonaws.com/{stage}/...); for a custom domain, use the invoke URL its base path maps to",
  "doctor.usage.appsync-url": "{url} is an AWS AppSync endpoint, not a REST API; AppSync's Cognito authorization is another product",
  "doctor.usage.lambda-url": "{url} is a Lambda function URL, not a REST API; function URLs support only IAM auth or none",
  "doctor.usage.token-endpoint-json":
    "{url} is the user pool's token endpoint, sent with Content-Type {contentType}: it accepts only application/x-www-form-urlencoded, and Cognito answers JSON with 405 Method Not Allowed (the article's C8). Send the form encoding (curl -d grant_type=...&code=...); check the whole OAuth setup with `poolgate doctor oauth`",
  "doctor.usage.cognito-url": "{url} is a Cognito endpoint, not an API; use `poolgate doctor oauth` for hosted-UI settings",
  "doctor.usage.cloudfront-url": "{url} is a CloudFront distribution; pass the API's invoke URL behind it",
  "doctor.usage.bad-curl": "cannot read the curl command: {reason}",
  "doctor.usage.bad-header": "'{value}' is not a header (expected 'Name: value')",
  "doctor.request.token-in-other-header": "A token was sent in the {sent} header, but the authorizer reads {header} (its identitySource): it sees no token.",
  "doctor.request.predicted-through": "From the configuration, API Gateway lets this request through to the integration (whose own answer decides the status).",
  "request.answer.integration":
    "The API answered {status} {body}: the request got past the authorizer and the integration failed (a MOCK without integration response, a Lambda error, a timeout).",
  "request.answer.integration.fix": "Authentication is not the problem: check the integration, its responses and the backend's logs.",
  "doctor.request.none-with-jwt":
    "The method has no authorization (NONE): API Gateway neither checks the token nor passes its claims ($context.authorizer.claims is empty), so a 401 here comes from your backend.",
  "api.deployed.policy-changed": "Stage {stage} still enforces the resource policy of its deployment; the current policy differs. Not deployed.",
  "api.deployed.policy-changed.fix":
    "Deploy the API: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}. A policy change has no effect until then.",
  "api.deployed.gateway-responses-changed":
    "Stage {stage} serves other gateway responses ({types}) than the current configuration: e.g. CORS headers added but not deployed.",
  "api.deployed.gateway-responses-changed.fix":
    "Deploy the API: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}. Gateway response changes need a new deployment.",
  "doctor.request.missing-pools":
    "The authorizer also lists user pools that do not exist ({pools}): tokens from them get 500 AUTHORIZER_CONFIGURATION_ERROR; remove the stale ARNs and redeploy.",
  // A2 when the deployed stage still lets the request through: what the next deployment puts in force.
  "api.deployed.authorization-changed.pending":
    "Stage {stage} lets this request through: it still serves {method} {path} with {deployedType}. The current configuration says {currentType}, in force from the next deployment.",
  "api.deployed.authorization-changed.pending.fix":
    "Nothing to fix for this call today. Before you deploy to stage {stage}, make sure callers meet {currentType}: after the deployment this request may be refused.",
  "api.deployed.scopes-changed.pending":
    "Stage {stage} lets this request through with {deployedScopes|scopes} on {method} {path}; the current configuration has {currentScopes|scopes}, in force from the next deployment.",
  "api.deployed.scopes-changed.pending.fix":
    "Before you deploy to stage {stage}, check that callers send what the current scopes ask: an access token with one of them, or any token of the pool where there are none.",
  "api.deployed.authorizer-changed.pending":
    "Stage {stage} lets this request through with the user pools {deployedPools}; the authorizer now names {currentPools}, in force from the next deployment.",
  "api.deployed.authorizer-changed.pending.fix": "Before you deploy to stage {stage}, check that callers' tokens come from {currentPools}.",
  "api.deployed.settings-changed.pending":
    "Stage {stage} lets this request through with the deployed settings of {method} {path}; the current configuration changes {settings}, in force from the next deployment.",
  "api.deployed.settings-changed.pending.fix": "Before you deploy to stage {stage}, check that this request still passes with the changed {settings}.",
  "api.deployed.policy-changed.pending":
    "Stage {stage} lets this request through under the resource policy of its deployment; the current policy differs and is in force from the next deployment.",
  "api.deployed.policy-changed.pending.fix": "Before you deploy to stage {stage}, check that the current policy still allows this caller.",
  "api.deployed.gateway-responses-changed.pending":
    "Stage {stage} lets this request through; its gateway responses ({types}) differ from the current configuration, in force from the next deployment.",
  "api.deployed.gateway-responses-changed.pending.fix":
    "Deploy to stage {stage} when ready: gateway responses only shape refusals, so this request is not affected.",
};

import { ACCOUNT_ID } from "../account.js";
import { REST_OPERATIONS } from "../apigateway/operations/registry.js";
import { OPERATIONS } from "../cognito/operations/registry.js";
import type { Services } from "../services.js";
import { apigatewayStore } from "../store/apigateway/index.js";
import { validate } from "../wire/validation.js";

/**
 * `poolgate start --demo`: a user pool with a hosted-UI domain, a `pets` resource server, a web client
 * (password sign-in), a machine client (client credentials), a confirmed user, and a REST API `/pets`
 * deployed to `dev`: GET behind a Cognito authorizer in ID-token mode, POST requiring the `pets/write`
 * scope (so only an access token carrying it passes). Everything is made through the same operations the
 * AWS APIs run. Started again on the same data, the demo is found and reused, so tokens stay valid.
 */
export const DEMO = {
  poolName: "poolgate-demo",
  domain: "poolgate-demo",
  webClient: "demo-web",
  machineClient: "demo-machine",
  username: "demo",
  password: "PoolgateDemo1!",
  email: "demo@example.com",
  restApiId: "petsdemo",
  stage: "dev",
} as const;

type Json = Record<string, any>;

async function cognito(s: Services, name: string, input: Json): Promise<Json> {
  const op = OPERATIONS.get(name);
  if (!op) throw new Error(`demo needs Cognito operation ${name}`);
  validate(op.input, input);
  return (await op.run(s, input, { requestId: "poolgate-demo", sourceIp: "127.0.0.1" })) as Json;
}

async function apigw(s: Services, name: string, path: Record<string, string>, body: Json = {}): Promise<Json> {
  const op = Object.hasOwn(REST_OPERATIONS, name) ? REST_OPERATIONS[name] : undefined;
  if (!op) throw new Error(`demo needs API Gateway operation ${name}`);
  return (await op.run(s, { path, query: new URLSearchParams(), headers: {}, body, raw: Buffer.alloc(0) }, { requestId: "poolgate-demo" })) as Json;
}

interface DemoIds {
  poolId: string;
  webClientId: string;
  machineClientId: string;
  machineSecret: string;
}

/** The demo's pool and clients if a previous start made them (and the API is still there). */
function findExisting(s: Services): DemoIds | undefined {
  const pool = s.cognito.pools.list().find((p) => p.Name === DEMO.poolName);
  const api = apigatewayStore(s.db).restApis.get(DEMO.restApiId);
  if (!pool || !api?.tags?.["poolgate:demo"]) return undefined;
  const clients = s.cognito.clients.listByPool(pool.Id);
  const web = clients.find((c) => c.ClientName === DEMO.webClient);
  const machine = clients.find((c) => c.ClientName === DEMO.machineClient);
  if (!web || !machine?.ClientSecret) return undefined;
  return { poolId: pool.Id, webClientId: web.ClientId, machineClientId: machine.ClientId, machineSecret: machine.ClientSecret };
}

/** Removes what a partial earlier demo left behind (pool by name, API by its tag). */
async function clearPartial(s: Services): Promise<void> {
  for (const p of s.cognito.pools.list().filter((p) => p.Name === DEMO.poolName)) await cognito(s, "DeleteUserPool", { UserPoolId: p.Id });
  const api = apigatewayStore(s.db).restApis.get(DEMO.restApiId);
  if (api?.tags?.["poolgate:demo"]) apigatewayStore(s.db).restApis.delete(api.id);
}

async function createPool(s: Services): Promise<DemoIds> {
  const pool = (await cognito(s, "CreateUserPool", { PoolName: DEMO.poolName })).UserPool as Json;
  const UserPoolId = pool.Id as string;
  await cognito(s, "CreateUserPoolDomain", { UserPoolId, Domain: DEMO.domain });
  await cognito(s, "CreateResourceServer", {
    UserPoolId,
    Identifier: "pets",
    Name: "Pets API",
    Scopes: [
      { ScopeName: "read", ScopeDescription: "List pets" },
      { ScopeName: "write", ScopeDescription: "Add pets" },
    ],
  });
  const web = (
    await cognito(s, "CreateUserPoolClient", {
      UserPoolId,
      ClientName: DEMO.webClient,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      SupportedIdentityProviders: ["COGNITO"],
      AllowedOAuthFlows: ["code"],
      AllowedOAuthScopes: ["openid", "email", "pets/read", "pets/write"],
      AllowedOAuthFlowsUserPoolClient: true,
      CallbackURLs: ["http://localhost:3000/callback"],
    })
  ).UserPoolClient as Json;
  const machine = (
    await cognito(s, "CreateUserPoolClient", {
      UserPoolId,
      ClientName: DEMO.machineClient,
      GenerateSecret: true,
      AllowedOAuthFlows: ["client_credentials"],
      AllowedOAuthScopes: ["pets/read", "pets/write"],
      AllowedOAuthFlowsUserPoolClient: true,
    })
  ).UserPoolClient as Json;
  await cognito(s, "AdminCreateUser", {
    UserPoolId,
    Username: DEMO.username,
    MessageAction: "SUPPRESS",
    UserAttributes: [
      { Name: "email", Value: DEMO.email },
      { Name: "email_verified", Value: "true" },
    ],
  });
  await cognito(s, "AdminSetUserPassword", { UserPoolId, Username: DEMO.username, Password: DEMO.password, Permanent: true });
  return { poolId: UserPoolId, webClientId: web.ClientId, machineClientId: machine.ClientId, machineSecret: machine.ClientSecret };
}

async function createApi(s: Services, poolId: string): Promise<void> {
  const api = await apigw(s, "CreateRestApi", {}, { name: "poolgate demo pets", tags: { _custom_id_: DEMO.restApiId, "poolgate:demo": "true" } });
  const restApiId = api.id as string;
  const pets = await apigw(s, "CreateResource", { restApiId, parentId: api.rootResourceId }, { pathPart: "pets" });
  const authorizer = await apigw(
    s,
    "CreateAuthorizer",
    { restApiId },
    {
      name: "demo-pool",
      type: "COGNITO_USER_POOLS",
      providerARNs: [`arn:aws:cognito-idp:${s.config.region}:${ACCOUNT_ID}:userpool/${poolId}`],
      identitySource: "method.request.header.Authorization",
    },
  );
  const methods: [string, string[] | undefined, number, string][] = [
    ["GET", undefined, 200, `{"pets":[{"id":1,"name":"Rex"},{"id":2,"name":"Tom"}],"caller":"$context.authorizer.claims['cognito:username']"}`],
    ["POST", ["pets/write"], 201, `{"created":{"id":3,"name":"Kiki"},"client":"$context.authorizer.claims.client_id"}`],
  ];
  for (const [httpMethod, scopes, status, body] of methods) {
    const at = { restApiId, resourceId: pets.id as string, httpMethod };
    await apigw(s, "PutMethod", at, { authorizationType: "COGNITO_USER_POOLS", authorizerId: authorizer.id, authorizationScopes: scopes });
    await apigw(s, "PutIntegration", at, { type: "MOCK", requestTemplates: { "application/json": `{"statusCode": ${status}}` } });
    await apigw(s, "PutMethodResponse", { ...at, statusCode: String(status) });
    await apigw(s, "PutIntegrationResponse", { ...at, statusCode: String(status) }, { responseTemplates: { "application/json": body } });
  }
  await apigw(s, "CreateDeployment", { restApiId }, { stageName: DEMO.stage, description: "poolgate --demo" });
}

/** Creates (or finds) the demo and returns the text that tells the user what to run. */
export async function createDemo(s: Services): Promise<string> {
  let ids = findExisting(s);
  if (!ids) {
    await clearPartial(s);
    ids = await createPool(s);
    await createApi(s, ids.poolId);
    s.log.info("demo created", { userPoolId: ids.poolId, restApiId: DEMO.restApiId });
  }
  return demoText(s, ids);
}

function demoText(s: Services, ids: DemoIds): string {
  const base = s.urls.base;
  const region = s.config.region;
  const api = s.urls.executeApiByPath(DEMO.restApiId, DEMO.stage);
  const tokenUrl = `${s.urls.hostedUiDomainBase(DEMO.domain, region)}/oauth2/token`;
  const signIn = (what: "IdToken" | "AccessToken") =>
    `aws cognito-idp initiate-auth --endpoint-url ${base} --region ${region} --auth-flow USER_PASSWORD_AUTH --client-id ${ids.webClientId} --auth-parameters USERNAME=${DEMO.username},PASSWORD='${DEMO.password}' --query AuthenticationResult.${what} --output text`;
  return `
poolgate demo
  user pool     ${ids.poolId} (domain ${DEMO.domain}, resource server "pets" with scopes pets/read pets/write)
  web client    ${ids.webClientId} (USER_PASSWORD_AUTH, SRP)
  machine client ${ids.machineClientId} (client_credentials; secret ${ids.machineSecret})
  user          ${DEMO.username} / ${DEMO.password}
  REST API      ${DEMO.restApiId}, stage ${DEMO.stage}: GET /pets (Cognito, ID token), POST /pets (Cognito, scope pets/write)
  invoke URL    ${api}   (also ${s.urls.executeApi(DEMO.restApiId, DEMO.stage)})

Get tokens (any AWS credentials will do for the CLI: AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x):
  ID=$(${signIn("IdToken")})
  ACCESS=$(${signIn("AccessToken")})
  M2M=$(curl -s -u ${ids.machineClientId}:${ids.machineSecret} -d 'grant_type=client_credentials&scope=pets/write' ${tokenUrl} | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')

Works:
  curl -i -H "Authorization: $ID" ${api}/pets                 # 200, the ID token on a method without scopes
  curl -i -X POST -H "Authorization: Bearer $M2M" ${api}/pets  # 201, an access token carrying pets/write

Fails, for the reasons the article lists:
  curl -i ${api}/pets                                          # 401 Unauthorized: no Authorization header
  curl -i -H "Authorization: $ACCESS" ${api}/pets             # 401: access token on a method without scopes (ID-token mode)
  curl -i -X POST -H "Authorization: $ID" ${api}/pets         # 401: ID token on a method with scopes
  curl -i -X POST -H "Authorization: $ACCESS" ${api}/pets     # 401: access token without pets/write (it has aws.cognito.signin.user.admin)
  curl -i -H "Authorization: $ID" ${api}/pet                  # 403: wrong path (AWS's odd answers here are route errors, not token problems)
  curl -i -H "Authorization: $ID" ${base}/_aws/execute-api/${DEMO.restApiId}/prod/pets  # 403 Forbidden: no such stage

Why a request was refused: curl -s ${base}/_poolgate/requests?limit=5
Ask the doctor (from a clone, \`node bin/poolgate.js\` is \`poolgate\`):
  poolgate doctor request ${api}/pets -H "Authorization: $ACCESS" --endpoint-url ${base}
  poolgate doctor token "$ACCESS" --endpoint-url ${base} --lang ja

`;
}

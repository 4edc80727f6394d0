import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { describe, it } from "node:test";
import { signRs256 } from "../jwt/jwt.js";
import type { Authorizer } from "../shapes/apigateway.js";
import { evaluateCognitoAuthorizer } from "./evaluate-cognito-authorizer.js";
import { claimsAsStrings, javaDateString } from "./token/claims-as-strings.js";

const POOL = "us-east-1_Abcdefghi";
const OTHER = "us-east-1_Zyxwvutsr";
const ISS = (pool: string) => `https://cognito-idp.us-east-1.amazonaws.com/${pool}`;
const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const other = generateKeyPairSync("rsa", { modulusLength: 2048 });
const NOW = 1_700_000_000;

const authorizer: Authorizer = {
  id: "a1",
  name: "Cognito",
  type: "COGNITO_USER_POOLS",
  providerARNs: [`arn:aws:cognito-idp:us-east-1:123456789012:userpool/${POOL}`],
  identitySource: "method.request.header.Authorization",
};

const idClaims = {
  sub: "s",
  aud: "client1",
  token_use: "id",
  iss: ISS(POOL),
  "cognito:username": "alice",
  auth_time: NOW - 10,
  iat: NOW - 10,
  exp: NOW + 3600,
};
const accessClaims = {
  sub: "s",
  client_id: "client1",
  token_use: "access",
  scope: "openid read",
  iss: ISS(POOL),
  username: "alice",
  auth_time: NOW - 10,
  iat: NOW - 10,
  exp: NOW + 3600,
};
const sign = (claims: object, key = privateKey, kid = "k1") => signRs256(claims, kid, key);

const evaluate = (
  authorization: string | undefined,
  opts: { scopes?: string[]; authorizer?: Authorizer | undefined; now?: number; poolKnown?: (p: string) => boolean } = {},
) =>
  evaluateCognitoAuthorizer({
    headers: authorization === undefined ? {} : { Authorization: authorization },
    method: { authorizationScopes: opts.scopes },
    authorizer: "authorizer" in opts ? opts.authorizer : authorizer,
    now: opts.now ?? NOW,
    keys: (pool, kid) => (pool === POOL && kid === "k1" ? publicKey : pool === OTHER && kid === "k2" ? other.publicKey : undefined),
    issuerPool: (iss) => /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/([\w-]+_\w+)$/.exec(iss)?.[1],
    poolKnown: opts.poolKnown,
  });

describe("evaluateCognitoAuthorizer", () => {
  const cases: {
    name: string;
    auth: string | undefined;
    opts?: Parameters<typeof evaluate>[1];
    decision: string;
    message?: string | null;
    cause?: string;
    key?: string;
  }[] = [
    { name: "valid ID token", auth: sign(idClaims), decision: "allow" },
    { name: "Bearer prefix", auth: `Bearer ${sign(idClaims)}`, decision: "allow" },
    { name: "lower-case bearer is stripped too", auth: `bearer ${sign(idClaims)}`, decision: "allow" },
    { name: "missing header", auth: undefined, decision: "deny", message: "Unauthorized", cause: "request.auth-header", key: "missing" },
    { name: "blank header", auth: "   ", decision: "deny", message: "Unauthorized", cause: "request.auth-header", key: "empty" },
    { name: "Bearer alone", auth: "Bearer", decision: "deny", message: "Unauthorized", cause: "request.auth-header", key: "bearer-without-token" },
    {
      name: "two spaces after Bearer",
      auth: `Bearer  ${sign(idClaims)}`,
      decision: "deny",
      message: "Unauthorized",
      cause: "token.decodable",
      key: "whitespace",
    },
    {
      name: "a SigV4 signature (IAM signing) is still the same 401",
      auth: "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=abc",
      decision: "deny",
      message: "Unauthorized",
      cause: "request.auth-header",
      key: "iam-signature",
    },
    { name: "JWT scheme", auth: `JWT ${sign(idClaims)}`, decision: "deny", message: "Unauthorized", cause: "token.decodable", key: "whitespace" },
    { name: "two parts", auth: "a.b", decision: "deny", message: "Unauthorized", cause: "token.decodable", key: "parts" },
    { name: "no iss", auth: sign({ ...idClaims, iss: undefined }), decision: "deny", message: "Unauthorized", cause: "token.issuer", key: "missing" },
    {
      name: "other pool",
      auth: sign({ ...idClaims, iss: ISS(OTHER) }, other.privateKey, "k2"),
      decision: "deny",
      message: "Unauthorized",
      cause: "authorizer.pool-matches-issuer",
    },
    { name: "wrong key", auth: sign(idClaims, other.privateKey), decision: "deny", message: "Unauthorized", cause: "token.signature", key: "bad-signature" },
    {
      name: "expired",
      auth: sign({ ...idClaims, exp: NOW }),
      decision: "deny",
      message: "The incoming token has expired",
      cause: "token.not-expired",
      key: "expired",
    },
    {
      name: "expired and forged: Unauthorized",
      auth: sign({ ...idClaims, exp: NOW - 5 }, other.privateKey),
      decision: "deny",
      message: "Unauthorized",
      cause: "token.signature",
    },
    {
      name: "access token, no scopes",
      auth: sign(accessClaims),
      decision: "deny",
      message: "Unauthorized",
      cause: "token.kind-for-scopes",
      key: "access-without-scopes",
    },
    { name: "access token with a scope", auth: sign(accessClaims), opts: { scopes: ["write", "read"] }, decision: "allow" },
    {
      name: "access token without the scope",
      auth: sign(accessClaims),
      opts: { scopes: ["write"] },
      decision: "deny",
      cause: "token.kind-for-scopes",
      key: "no-matching-scope",
    },
    {
      name: "an InitiateAuth access token (only the sign-in scope) on a method with a custom scope: the same 401",
      auth: sign({ ...accessClaims, scope: "aws.cognito.signin.user.admin" }),
      opts: { scopes: ["https://api.example.com/read"] },
      decision: "deny",
      message: "Unauthorized",
      cause: "token.kind-for-scopes",
      key: "sign-in-scope-only",
    },
    {
      name: "ID token with scopes",
      auth: sign(idClaims),
      opts: { scopes: ["openid"] },
      decision: "deny",
      cause: "token.kind-for-scopes",
      key: "id-with-scopes",
    },
    {
      name: "identityValidationExpression match",
      auth: sign(idClaims),
      opts: { authorizer: { ...authorizer, identityValidationExpression: "client\\d" } },
      decision: "allow",
    },
    {
      name: "identityValidationExpression is a whole-value match",
      auth: sign(idClaims),
      opts: { authorizer: { ...authorizer, identityValidationExpression: "client" } },
      decision: "deny",
      cause: "authorizer.identity-validation-expression",
      key: "mismatch",
    },
    {
      name: "no authorizer in the snapshot",
      auth: sign(idClaims),
      opts: { authorizer: undefined },
      decision: "error",
      message: null,
      cause: "authorizer.configuration",
      key: "missing-authorizer",
    },
    {
      name: "bad provider ARN",
      auth: sign(idClaims),
      opts: { authorizer: { ...authorizer, providerARNs: ["arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_Abcdefghi"] } },
      decision: "error",
      cause: "authorizer.configuration",
      key: "bad-arn",
    },
    {
      name: "deleted pool",
      auth: sign(idClaims),
      opts: { poolKnown: () => false },
      decision: "error",
      cause: "authorizer.configuration",
      key: "pool-unavailable",
    },
    {
      name: "custom identity source header",
      auth: sign(idClaims),
      opts: { authorizer: { ...authorizer, identitySource: "method.request.header.X-Token" } },
      decision: "deny",
      cause: "request.auth-header",
      key: "missing",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = evaluate(c.auth, c.opts);
      assert.equal(r.decision, c.decision);
      if (c.message !== undefined) assert.equal(r.outcome?.message, c.message);
      if (c.cause) assert.equal(r.cause?.id, c.cause);
      if (c.key) assert.equal(r.cause?.messageKey, c.key);
      if (c.decision === "allow") {
        assert.equal(r.cause, undefined);
        assert.equal(r.claims?.["cognito:username"] ?? r.claims?.username, "alice");
      } else assert.equal(r.findings.filter((f) => f.cause).length, 1, "exactly one cause is marked");
    });
  }

  it("runs every check in order, even after the first failure", () => {
    const r = evaluate(sign(accessClaims, other.privateKey));
    assert.deepEqual(
      r.findings.map((f) => `${f.id}:${f.status}`),
      [
        "authorizer.configuration:pass",
        "request.auth-header:pass",
        "token.decodable:pass",
        "token.issuer:pass",
        "authorizer.pool-matches-issuer:pass",
        "token.signature:fail",
        "token.not-expired:pass",
        "token.kind-for-scopes:fail",
        "authorizer.identity-validation-expression:skip",
        "token.claims:pass",
      ],
    );
    assert.equal(r.cause?.id, "token.signature");
    assert.equal(r.claims, undefined, "no claims are handed out on a refusal");
  });

  it("reads the identity header case-insensitively", () => {
    const r = evaluateCognitoAuthorizer({
      headers: { AUTHORIZATION: sign(idClaims) },
      authorizer,
      now: NOW,
      keys: () => publicKey,
      issuerPool: () => POOL,
    });
    assert.equal(r.decision, "allow");
  });
});

describe("claims as API Gateway hands them to backends", () => {
  it("formats exp/iat as Java dates, booleans and numbers as strings, groups comma-joined", () => {
    assert.equal(javaDateString(1680633579), "Tue Apr 04 18:39:39 UTC 2023");
    assert.deepEqual(
      claimsAsStrings({
        exp: 1680633579,
        iat: 1680633579,
        auth_time: 1680629979,
        email_verified: true,
        "cognito:groups": ["a", "b"],
        one: ["x"],
        version: 2,
        s: "v",
      }),
      {
        exp: "Tue Apr 04 18:39:39 UTC 2023",
        iat: "Tue Apr 04 18:39:39 UTC 2023",
        auth_time: "1680629979",
        email_verified: "true",
        "cognito:groups": "a,b",
        one: "x",
        version: "2",
        s: "v",
      },
    );
  });
});

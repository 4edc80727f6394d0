import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { signRs256 } from "../../src/jwt/jwt.js";
import { cognitoAuthorizer, createPool, type InvokeServer, invokeUrl, MOCK_200, type PoolFixture, snapshotOf, startInvokeServer } from "./invoke-fixture.js";

/**
 * The Cognito authorizer outcome table (AWS-recorded tests, AWS docs and observed captures; docs/gateway.md lists
 * the source of each row), driven through the real invoke path: status, exact body, x-amzn-ErrorType and the check
 * recorded as the cause.
 */
describe("invoke: COGNITO_USER_POOLS outcome table", () => {
  let t: InvokeServer;
  let a: PoolFixture;
  let b: PoolFixture;
  const API = "outcomes01";

  before(async () => {
    t = await startInvokeServer({ jwks: ["us-east-1_Gone00000=http://127.0.0.1:1/jwks.json"] });
    a = await createPool(t, "a", ["admins", "staff"]);
    b = await createPool(t, "b");
    const auth = cognitoAuthorizer([a.arn]);
    const ive = cognitoAuthorizer([a.arn], { id: "auth02", identityValidationExpression: "^nomatch$" });
    const gone = cognitoAuthorizer(["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_Gone00000"], { id: "auth03" });
    const cognito = (authorizerId: string, scopes?: string[]) => ({
      GET: { authorizationType: "COGNITO_USER_POOLS" as const, authorizerId, authorizationScopes: scopes, methodIntegration: MOCK_200 },
    });
    t.deployments.deploy(
      snapshotOf({
        apiId: API,
        authorizers: [auth, ive, gone],
        resources: {
          "/id": cognito("auth01"),
          "/scoped": cognito("auth01", ["scope1", "scope2"]),
          "/ive": cognito("auth02"),
          "/ive-scoped": cognito("auth02", ["scope1"]),
          "/gone": cognito("auth03"),
        },
      }),
      "dev",
    );
  });
  after(() => t.stop());

  const call = (path: string, authorization?: string) =>
    fetch(invokeUrl(t, API, "dev", path), { headers: authorization === undefined ? {} : { authorization } });

  const lastRecord = async () => {
    const r = await fetch(`${t.url}/_poolgate/requests?limit=1`);
    return ((await r.json()) as { requests: { status: number; decision: string; cause?: { id: string; messageKey: string } }[] }).requests[0];
  };

  const UNAUTHORIZED = { status: 401, body: '{"message":"Unauthorized"}', errorType: "UnauthorizedException" };

  const tamper = (token: string, fn: (parts: string[]) => string[]) => fn(token.split(".")).join(".");
  const reheader = (token: string, header: object) => tamper(token, ([, p, s]) => [Buffer.from(JSON.stringify(header)).toString("base64url"), p, s]);

  const rows: { row: string; path: string; auth: () => string | undefined; expect: { status: number; body?: string; errorType?: string }; check?: string }[] = [
    { row: "1 no Authorization header", path: "/id", auth: () => undefined, expect: UNAUTHORIZED, check: "request.auth-header" },
    { row: "2 empty header", path: "/id", auth: () => "", expect: UNAUTHORIZED, check: "request.auth-header" },
    { row: "3 not a JWT", path: "/id", auth: () => "not.a.jwt", expect: UNAUTHORIZED, check: "token.decodable" },
    {
      row: "3 a SigV4 header sent to a Cognito method",
      path: "/id",
      auth: () => "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=abc",
      expect: UNAUTHORIZED,
      // The answer is the same 401; the cause is now named as IAM signing, not a broken token.
      check: "request.auth-header",
    },
    {
      row: "4 altered signature",
      path: "/id",
      auth: () => tamper(a.tokens().IdToken!, ([h, p, s]) => [h, p, `${s.slice(0, -4)}AAAA`]),
      expect: UNAUTHORIZED,
      check: "token.signature",
    },
    {
      row: "4 altered payload",
      path: "/id",
      auth: () =>
        tamper(a.tokens().IdToken!, ([h, p, s]) => [
          h,
          Buffer.from(Buffer.from(p, "base64url").toString().replace('"alice"', '"mallory"')).toString("base64url"),
          s,
        ]),
      expect: UNAUTHORIZED,
      check: "token.signature",
    },
    {
      row: "4 unknown kid",
      path: "/id",
      auth: () => reheader(a.tokens().IdToken!, { kid: "nope", alg: "RS256" }),
      expect: UNAUTHORIZED,
      check: "token.signature",
    },
    {
      row: "4 alg none",
      path: "/id",
      auth: () => tamper(reheader(a.tokens().IdToken!, { alg: "none" }), ([h, p]) => [h, p, ""]),
      expect: UNAUTHORIZED,
      check: "token.decodable",
    },
    {
      row: "4 alg none with a signature part",
      path: "/id",
      auth: () => reheader(a.tokens().IdToken!, { alg: "none" }),
      expect: UNAUTHORIZED,
      check: "token.signature",
    },
    {
      row: "19 (not) a token of an unlisted pool while a listed pool is unreachable",
      path: "/gone",
      auth: () => a.tokens().IdToken,
      expect: UNAUTHORIZED,
      check: "authorizer.pool-matches-issuer",
    },
    { row: "5 valid token of another pool", path: "/id", auth: () => b.tokens().IdToken, expect: UNAUTHORIZED, check: "authorizer.pool-matches-issuer" },
    { row: "7 Bearer prefix", path: "/id", auth: () => `Bearer ${a.tokens().IdToken}`, expect: { status: 200, body: '{"ok":true}' } },
    { row: "8 surrounding spaces", path: "/id", auth: () => `  ${a.tokens().IdToken}  `, expect: { status: 200, body: '{"ok":true}' } },
    { row: "8 a space inside the token", path: "/id", auth: () => a.tokens().IdToken!.replace(".", ". "), expect: UNAUTHORIZED, check: "token.decodable" },
    { row: "9 access token, method without scopes", path: "/id", auth: () => a.tokens().AccessToken, expect: UNAUTHORIZED, check: "token.kind-for-scopes" },
    {
      row: "10 ID token, method with scopes",
      path: "/scoped",
      auth: () => a.tokens({ scope: "scope1 openid", oauth: true }).IdToken,
      expect: UNAUTHORIZED,
      check: "token.kind-for-scopes",
    },
    {
      row: "11 access token without a method scope",
      path: "/scoped",
      auth: () => a.tokens().AccessToken,
      expect: UNAUTHORIZED,
      check: "token.kind-for-scopes",
    },
    {
      row: "12 access token with one method scope",
      path: "/scoped",
      auth: () => a.tokens({ scope: "openid scope2", oauth: true }).AccessToken,
      expect: { status: 200 },
    },
    {
      row: "13 client_credentials access token",
      path: "/scoped",
      auth: () => {
        const keys = t.app.services.keys.forPool(a.pool.Id)!;
        const now = Math.floor(t.clock.now() / 1000);
        const claims = {
          sub: a.client.ClientId,
          token_use: "access",
          scope: "scope1",
          auth_time: now,
          iss: t.app.services.urls.issuer(a.pool.Id),
          exp: now + 3600,
          iat: now,
          version: 2,
          jti: "j",
          client_id: a.client.ClientId,
        };
        return signRs256(claims, keys.access.kid, keys.access.privateKey);
      },
      expect: { status: 200 },
    },
    {
      row: "16 ID token of any app client of the pool",
      path: "/id",
      auth: () => {
        const keys = t.app.services.keys.forPool(a.pool.Id)!;
        const claims = JSON.parse(Buffer.from(a.tokens().IdToken!.split(".")[1], "base64url").toString());
        return signRs256({ ...claims, aud: "otherclient0000000000000000" }, keys.id.kid, keys.id.privateKey);
      },
      expect: { status: 200 },
    },
    {
      row: "17 identityValidationExpression does not match aud",
      path: "/ive",
      auth: () => a.tokens().IdToken,
      expect: UNAUTHORIZED,
      check: "authorizer.identity-validation-expression",
    },
    {
      row: "18 identityValidationExpression with an access token",
      path: "/ive-scoped",
      auth: () => a.tokens({ scope: "scope1", oauth: true }).AccessToken,
      expect: UNAUTHORIZED,
      check: "authorizer.identity-validation-expression",
    },
    {
      row: "19 authorizer configured with a pool that cannot be found",
      path: "/gone",
      auth: () => {
        // A token claiming the listed pool, whose JWKS (configured with --jwks) cannot be reached.
        const keys = t.app.services.keys.forPool(a.pool.Id)!;
        const claims = JSON.parse(Buffer.from(a.tokens().IdToken!.split(".")[1], "base64url").toString());
        return signRs256({ ...claims, iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Gone00000" }, keys.id.kid, keys.id.privateKey);
      },
      expect: { status: 500, body: '{"message":null}', errorType: "AuthorizerConfigurationException" },
      check: "authorizer.configuration",
    },
  ];

  for (const r of rows) {
    it(`row ${r.row}`, async () => {
      const res = await call(r.path, r.auth());
      const body = await res.text();
      assert.equal(res.status, r.expect.status, body);
      if (r.expect.body !== undefined) assert.equal(body, r.expect.body);
      if (r.expect.errorType !== undefined) {
        assert.equal(res.headers.get("x-amzn-errortype"), r.expect.errorType);
        assert.equal(res.headers.get("content-type"), "application/json");
      }
      assert.match(res.headers.get("x-amzn-requestid") ?? "", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.match(res.headers.get("x-amz-apigw-id") ?? "", /^[A-Za-z0-9+/]{15}=$/);
      assert.equal(res.headers.get("x-poolgate-reason"), null, "the cause never leaks without --diagnostic-header");
      const rec = await lastRecord();
      assert.equal(rec.status, r.expect.status);
      if (r.expect.status >= 400) {
        assert.notEqual(rec.decision, "allow");
        if (r.check) assert.equal(rec.cause?.id, r.check);
        else assert.ok(rec.cause?.id, "a cause is recorded");
      } else assert.equal(rec.decision, "allow");
    });
  }

  it("row 6 expired token: 401 'The incoming token has expired' through UNAUTHORIZED", async () => {
    const token = a.tokens().IdToken!;
    t.clock.advance(3601_000);
    try {
      const res = await call("/id", token);
      assert.equal(res.status, 401);
      assert.equal(await res.text(), '{"message":"The incoming token has expired"}');
      assert.equal(res.headers.get("x-amzn-errortype"), "UnauthorizedException");
      const rec = await lastRecord();
      assert.equal(rec.cause?.id, "token.not-expired");
      assert.equal(rec.cause?.messageKey, "expired");
    } finally {
      t.clock.advance(-3601_000);
    }
  });

  it("an expired token with a bad signature is 'Unauthorized', not 'expired'", async () => {
    const token = a.tokens().IdToken!;
    t.clock.advance(3601_000);
    try {
      const res = await call(
        "/id",
        tamper(token, ([h, p, s]) => [h, p, `${s.slice(0, -4)}AAAA`]),
      );
      assert.equal(await res.text(), '{"message":"Unauthorized"}');
    } finally {
      t.clock.advance(-3601_000);
    }
  });

  it("a token is valid up to one second before exp", async () => {
    const token = a.tokens().IdToken!;
    const { exp } = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as { exp: number };
    // Move to the start of the last valid second from the token's own exp: the test clock runs with real
    // time, so a fixed 3599 s jump fails whenever the token was issued late in a second.
    let shift = exp * 1000 - 1000 - t.clock.now();
    t.clock.advance(shift);
    try {
      assert.equal((await call("/id", token)).status, 200);
      t.clock.advance(1000);
      shift += 1000;
      assert.equal((await call("/id", token)).status, 401);
    } finally {
      t.clock.advance(-shift);
    }
  });
});

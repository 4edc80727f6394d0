import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CATALOGUES } from "../messages/catalogue.js";
import { parseGrantType } from "./grant-label.js";
import { judgeEndpointUrl } from "./hosted-ui-urls.js";
import { runOAuthChecks } from "./index.js";
import type { OAuthFacts, OAuthSetup } from "./types.js";

const CB = "https://oauth.pstmn.io/v1/browser-callback";
const AUTH = "https://mydomain.auth.us-east-1.amazoncognito.com/login";
const TOKEN = "https://mydomain.auth.us-east-1.amazoncognito.com/oauth2/token";

const facts = (over: Partial<OAuthFacts> = {}, client: Partial<NonNullable<OAuthFacts["client"]>> = {}): OAuthFacts => ({
  userPoolId: "us-east-1_example",
  region: "us-east-1",
  domainPrefix: "mydomain",
  otherClientIds: [],
  resourceServerScopes: ["https://api.example.com/read"],
  client: {
    clientId: "1example23456789",
    hasSecret: false,
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ["code", "implicit"],
    allowedOAuthScopes: ["openid", "email", "https://api.example.com/read"],
    callbackUrls: [CB],
    supportedIdentityProviders: ["COGNITO"],
    ...client,
  },
  ...over,
});

const setup = (over: Partial<OAuthSetup> = {}): OAuthSetup => ({
  grantType: "authorization_code",
  grantTypeLabel: "Authorization Code",
  pkce: false,
  clientId: "1example23456789",
  authUrl: AUTH,
  tokenUrl: TOKEN,
  callbackUrl: CB,
  scopes: ["openid"],
  tokenContentType: "application/x-www-form-urlencoded",
  ...over,
});

/** [name, setup, facts, the one failing id and its message key]; the article's Postman advice, case by case. */
const TABLE: Array<[string, Partial<OAuthSetup>, OAuthFacts, string | undefined, string | undefined, string[]?]> = [
  ["the article's setup", {}, facts(), undefined, undefined],
  [
    "implicit, no token URL",
    { grantType: "implicit", grantTypeLabel: "Implicit", tokenUrl: undefined, tokenContentType: undefined },
    facts(),
    undefined,
    undefined,
  ],
  ["/oauth2/authorize also works", { authUrl: "https://mydomain.auth.us-east-1.amazoncognito.com/oauth2/authorize" }, facts(), undefined, undefined],
  [
    "custom domain",
    { authUrl: "https://auth.example.com/login", tokenUrl: "https://auth.example.com/oauth2/token" },
    facts({ customDomain: "auth.example.com" }),
    undefined,
    undefined,
  ],
  ["password grant", { grantType: "password", grantTypeLabel: "Password Credentials" }, facts(), "oauth.grant-type", "password"],
  [
    "implicit not allowed",
    { grantType: "implicit", grantTypeLabel: "Implicit" },
    facts({}, { allowedOAuthFlows: ["code"] }),
    "oauth.grant-type",
    "not-allowed",
  ],
  ["callback case", { callbackUrl: CB.toUpperCase().replace("HTTPS", "https") }, facts(), "oauth.callback-url", "case"],
  ["callback port", { callbackUrl: "https://oauth.pstmn.io:8443/v1/browser-callback" }, facts(), "oauth.callback-url", "scheme-or-port"],
  ["callback unknown", { callbackUrl: "https://example.com/cb" }, facts(), "oauth.callback-url", "not-registered"],
  ["issuer URL as auth URL", { authUrl: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_example" }, facts(), "oauth.auth-url", "issuer-url"],
  ["other domain", { authUrl: "https://otherdomain.auth.us-east-1.amazoncognito.com/login" }, facts(), "oauth.auth-url", "wrong-domain"],
  ["token endpoint as auth URL", { authUrl: TOKEN }, facts(), "oauth.auth-url", "token-endpoint"],
  ["http auth URL", { authUrl: AUTH.replace("https:", "http:") }, facts(), "oauth.auth-url", "not-https"],
  ["pool without domain", {}, facts({ domainPrefix: undefined }), "oauth.auth-url", "no-domain", ["oauth.token-url.no-domain"]],
  ["client id with a space", { clientId: "1example23456789 " }, facts(), "oauth.client-id", "whitespace"],
  ["client id typo", { clientId: "1example2345678" }, facts({ client: undefined, otherClientIds: ["1example23456789"] }), "oauth.client-id", "close-match"],
  ["secret on a public client", { clientSecret: "abc" }, facts(), "oauth.client-secret", "unexpected"],
  ["secret mismatch", { clientSecret: "abc" }, facts({}, { hasSecret: true, secretMatches: false }), "oauth.client-secret", "mismatch"],
  ["openid not allowed", {}, facts({}, { allowedOAuthScopes: ["email"] }), "oauth.scope-openid", "openid-not-allowed"],
  ["undefined custom scope", { scopes: ["openid", "https://api.example.com/write"] }, facts(), "oauth.scope-openid", "undefined-scope"],
  ["token URL is /login", { tokenUrl: AUTH }, facts(), "oauth.token-url", "authorize-endpoint"],
  ["token URL without oauth2", { tokenUrl: "https://mydomain.auth.us-east-1.amazoncognito.com/token" }, facts(), "oauth.token-url", "wrong-path"],
  ["public client sent as Basic header (warning)", { clientAuthentication: "header" }, facts(), undefined, undefined],
  ["quoted content type", { tokenContentType: "'application/x-www-form-urlencoded'" }, facts(), "oauth.token-content-type", "quoted"],
  ["probe: endpoint 404", {}, facts({ probe: { url: TOKEN, formStatus: 404, jsonStatus: 404 } }), "oauth.token-url", "probe-status"],
];

describe("OAuth checks C1–C8 (pure)", () => {
  for (const [name, over, f, failId, key, more = []] of TABLE) {
    it(name, () => {
      const findings = runOAuthChecks(setup(over), f);
      const failed = findings.filter((x) => x.status === "fail");
      assert.deepEqual(
        failed.map((x) => `${x.id}.${x.messageKey}`),
        failId ? [`${failId}.${key}`, ...more] : [],
      );
      for (const x of findings) {
        const k = `${x.id}.${x.messageKey}`;
        assert.ok(CATALOGUES.en[k], `en has ${k}`);
        assert.ok(CATALOGUES.ja[k], `ja has ${k}`);
        if (x.status === "fail") assert.ok(CATALOGUES.en[`${k}.fix`] && CATALOGUES.ja[`${k}.fix`], `${k}.fix in both`);
      }
    });
  }

  it("client_credentials: openid is refused, resource-server scopes pass", () => {
    const cc = facts(
      {},
      { allowedOAuthFlows: ["client_credentials"], hasSecret: true, secretMatches: true, allowedOAuthScopes: ["https://api.example.com/read"] },
    );
    const base = {
      grantType: "client_credentials" as const,
      grantTypeLabel: "Client Credentials",
      clientSecret: "s",
      authUrl: undefined,
      callbackUrl: undefined,
    };
    const bad = runOAuthChecks(setup({ ...base, scopes: ["openid"] }), cc).filter((x) => x.status === "fail");
    assert.deepEqual(
      bad.map((x) => x.messageKey),
      ["client-credentials-openid"],
    );
    const good = runOAuthChecks(setup({ ...base, scopes: ["https://api.example.com/read"] }), cc);
    assert.deepEqual(
      good.filter((x) => x.status === "fail"),
      [],
    );
    assert.equal(good.find((x) => x.id === "oauth.grant-type")?.status, "warn", "no ID token: warn for methods without scopes");
  });

  it("C8 reads a probe: 400 for a form POST and 405 for JSON confirm the content-type rule", () => {
    const f = runOAuthChecks(
      setup({ tokenContentType: undefined }),
      facts({ probe: { url: TOKEN, formStatus: 400, formError: "invalid_grant", jsonStatus: 405 } }),
    );
    assert.equal(f.find((x) => x.id === "oauth.token-content-type")?.messageKey, "probe-confirmed");
    assert.equal(f.find((x) => x.id === "oauth.token-url")?.messageKey, "ok-probed");
    const unverified = runOAuthChecks(setup({ tokenContentType: undefined }), facts());
    assert.equal(unverified.find((x) => x.id === "oauth.token-content-type")?.status, "skip");
  });

  it("warns about a public client's Basic header and about client_credentials mixed with code", () => {
    assert.equal(
      runOAuthChecks(setup({ clientAuthentication: "header" }), facts()).find((x) => x.id === "oauth.client-secret")?.messageKey,
      "public-basic-header",
    );
    const mixed = facts({}, { allowedOAuthFlows: ["code", "client_credentials"] });
    assert.equal(runOAuthChecks(setup(), mixed).find((x) => x.id === "oauth.grant-type")?.messageKey, "mixed-flows");
  });

  it("parses Postman's grant type labels", () => {
    assert.deepEqual(parseGrantType("Authorization Code (With PKCE)"), { grantType: "authorization_code", pkce: true });
    assert.deepEqual(parseGrantType("authorization_code"), { grantType: "authorization_code", pkce: false });
    assert.deepEqual(parseGrantType("Implicit"), { grantType: "implicit", pkce: false });
    assert.deepEqual(parseGrantType("client_credentials"), { grantType: "client_credentials", pkce: false });
    assert.equal(parseGrantType("Password Credentials").grantType, "password");
    assert.equal(parseGrantType("magic").grantType, "unknown");
  });

  it("accepts the emulator's root and domain-host forms for a local endpoint", () => {
    const f = facts({ localBase: "http://127.0.0.1:4599" });
    assert.equal(judgeEndpointUrl("http://127.0.0.1:4599/oauth2/authorize", "authorize", f).key, "ok");
    assert.equal(judgeEndpointUrl("http://localhost:4599/login", "authorize", f).key, "ok");
    assert.equal(judgeEndpointUrl("http://mydomain.auth.us-east-1.localhost:4599/oauth2/token", "token", f).key, "ok");
    assert.equal(judgeEndpointUrl("http://127.0.0.1:4600/oauth2/token", "token", f).key, "wrong-port");
    assert.equal(judgeEndpointUrl("http://mydomain.auth.eu-west-1.localhost:4599/login", "authorize", f).key, "wrong-region");
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AwsJsonError } from "../../wire/errors.js";
import { settingsFrom } from "./settings.js";
import { type ClientSettings, checkClientSettings, type SettingsContext } from "./validate-settings.js";

const ctx = (over: Partial<SettingsContext> = {}): SettingsContext => ({
  hasSecret: false,
  attributeNames: new Set(["email", "name", "custom:tier"]),
  customScopeExists: (scope) => scope === "https://api.example.com/read",
  ...over,
});

const oauth = (over: Partial<ClientSettings>): ClientSettings =>
  settingsFrom({
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ["code"],
    AllowedOAuthScopes: ["openid"],
    CallbackURLs: ["https://app.example.com/cb"],
    ...over,
  });

const VALID: [string, ClientSettings, Partial<SettingsContext>?][] = [
  ["all defaults", settingsFrom({})],
  ["legacy flows alone", settingsFrom({ ExplicitAuthFlows: ["USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"] })],
  ["new flows alone", settingsFrom({ ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] })],
  ["5 minute access token", settingsFrom({ AccessTokenValidity: 5, TokenValidityUnits: { AccessToken: "minutes", IdToken: "hours", RefreshToken: "days" } })],
  [
    "1 day id token in seconds",
    settingsFrom({ IdTokenValidity: 86400, TokenValidityUnits: { AccessToken: "hours", IdToken: "seconds", RefreshToken: "days" } }),
  ],
  [
    "60 minute refresh token",
    settingsFrom({ RefreshTokenValidity: 60, TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "minutes" } }),
  ],
  ["10 year refresh token", settingsFrom({ RefreshTokenValidity: 3650 })],
  [
    "refresh 0 means 30 days",
    settingsFrom({ RefreshTokenValidity: 0, TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "minutes" } }),
  ],
  ["known read/write attributes", settingsFrom({ ReadAttributes: ["email", "custom:tier"], WriteAttributes: ["name"] })],
  ["code flow with https callback", oauth({})],
  ["implicit flow with localhost callback and port", oauth({ AllowedOAuthFlows: ["implicit"], CallbackURLs: ["http://localhost:3000/cb"] })],
  ["loopback IPv4 and IPv6", oauth({ CallbackURLs: ["http://127.0.0.1:8080/cb", "http://[::1]:9000/"] })],
  ["app scheme callback", oauth({ CallbackURLs: ["myapp://callback"] })],
  ["default redirect among callbacks", oauth({ CallbackURLs: ["https://a.example/cb", "https://b.example/cb"], DefaultRedirectURI: "https://b.example/cb" })],
  [
    "system and custom scopes",
    oauth({ AllowedOAuthScopes: ["openid", "email", "profile", "phone", "aws.cognito.signin.user.admin", "https://api.example.com/read"] }),
  ],
  [
    "client_credentials with secret and custom scope",
    oauth({ AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["https://api.example.com/read"], CallbackURLs: undefined }),
    { hasSecret: true },
  ],
  ["OAuth settings kept while OAuth is off", settingsFrom({ AllowedOAuthFlows: ["implicit"], CallbackURLs: ["https://x.example/"] })],
];

const INVALID: [string, ClientSettings, string, string, Partial<SettingsContext>?][] = [
  [
    "legacy mixed with ALLOW_",
    settingsFrom({ ExplicitAuthFlows: ["USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
    "InvalidParameterException",
    "ExplicitAuthFlows cannot mix",
  ],
  [
    "access token under 5 minutes",
    settingsFrom({ AccessTokenValidity: 299, TokenValidityUnits: { AccessToken: "seconds", IdToken: "hours", RefreshToken: "days" } }),
    "InvalidParameterException",
    "Invalid range for token validity.",
  ],
  ["id token over a day", settingsFrom({ IdTokenValidity: 25 }), "InvalidParameterException", "Invalid range for token validity."],
  ["60 minutes in default hours unit", settingsFrom({ AccessTokenValidity: 60 }), "InvalidParameterException", "Invalid range for token validity."],
  [
    "unit without value (1 minute)",
    settingsFrom({ TokenValidityUnits: { AccessToken: "minutes", IdToken: "hours", RefreshToken: "days" } }),
    "InvalidParameterException",
    "Invalid range for token validity.",
  ],
  [
    "refresh under 60 minutes",
    settingsFrom({ RefreshTokenValidity: 59, TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "minutes" } }),
    "InvalidParameterException",
    "Invalid range for token validity.",
  ],
  ["refresh over 10 years", settingsFrom({ RefreshTokenValidity: 3651 }), "InvalidParameterException", "Invalid range for token validity."],
  [
    "unknown read attribute",
    settingsFrom({ ReadAttributes: ["custom:nope"] }),
    "InvalidParameterException",
    "Invalid read attributes specified while creating a client",
  ],
  [
    "unknown write attribute",
    settingsFrom({ WriteAttributes: ["shoe_size"] }),
    "InvalidParameterException",
    "Invalid write attributes specified while creating a client",
  ],
  ["OAuth on without flows", oauth({ AllowedOAuthFlows: [] }), "InvalidParameterException", "AllowedOAuthFlows and AllowedOAuthScopes are required"],
  ["OAuth on without scopes", oauth({ AllowedOAuthScopes: undefined }), "InvalidParameterException", "AllowedOAuthFlows and AllowedOAuthScopes are required"],
  [
    "code flow without callbacks",
    oauth({ CallbackURLs: undefined }),
    "InvalidOAuthFlowException",
    "CallbackUrls can not be empty when code flow or implicit flow is selected",
  ],
  [
    "implicit flow with empty callbacks",
    oauth({ AllowedOAuthFlows: ["implicit"], CallbackURLs: [] }),
    "InvalidOAuthFlowException",
    "CallbackUrls can not be empty",
  ],
  [
    "client_credentials with code",
    oauth({ AllowedOAuthFlows: ["client_credentials", "code"], AllowedOAuthScopes: ["https://api.example.com/read"] }),
    "InvalidOAuthFlowException",
    "client_credentials flow can not be selected along with code flow or implicit flow",
    { hasSecret: true },
  ],
  [
    "client_credentials without a secret",
    oauth({ AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["https://api.example.com/read"] }),
    "InvalidOAuthFlowException",
    "client_credentials flow can not be selected if client does not have a client secret.",
  ],
  [
    "client_credentials with openid",
    oauth({ AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["openid", "https://api.example.com/read"] }),
    "InvalidOAuthFlowException",
    "openid scope can not be selected with client_credentials flow.",
    { hasSecret: true },
  ],
  ["plain http callback", oauth({ CallbackURLs: ["http://app.example.com/cb"] }), "InvalidParameterException", "CallbackURLs must use HTTPS"],
  ["http loopback look-alike", oauth({ CallbackURLs: ["http://localhost.example.com/cb"] }), "InvalidParameterException", "CallbackURLs must use HTTPS"],
  ["relative callback", oauth({ CallbackURLs: ["/cb"] }), "InvalidParameterException", "CallbackURLs must be absolute URLs"],
  [
    "callback with fragment",
    oauth({ CallbackURLs: ["https://app.example.com/cb#x"] }),
    "InvalidParameterException",
    "CallbackURLs must not include a fragment",
  ],
  ["plain http logout url", oauth({ LogoutURLs: ["http://app.example.com/bye"] }), "InvalidParameterException", "LogoutURLs must use HTTPS"],
  [
    "default redirect not a callback",
    oauth({ DefaultRedirectURI: "https://other.example/cb" }),
    "InvalidParameterException",
    "DefaultRedirectURI must be one of the CallbackURLs.",
  ],
  [
    "unknown custom scope",
    oauth({ AllowedOAuthScopes: ["https://api.example.com/write"] }),
    "ScopeDoesNotExistException",
    "Invalid scope requested: https://api.example.com/write",
  ],
  ["unknown bare scope", oauth({ AllowedOAuthScopes: ["admin"] }), "ScopeDoesNotExistException", "Invalid scope requested: admin"],
];

describe("checkClientSettings", () => {
  for (const [title, settings, over] of VALID) it(`accepts: ${title}`, () => assert.doesNotThrow(() => checkClientSettings(settings, ctx(over))));
  for (const [title, settings, type, message, over] of INVALID)
    it(`refuses: ${title}`, () =>
      assert.throws(
        () => checkClientSettings(settings, ctx(over)),
        (e: unknown) => e instanceof AwsJsonError && e.type === type && e.message.startsWith(message) && e.status === 400,
      ));
});

describe("settingsFrom", () => {
  it("fills AWS's defaults for an empty request", () => {
    assert.deepEqual(settingsFrom({}), {
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
      ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"],
      AllowedOAuthFlowsUserPoolClient: false,
      PreventUserExistenceErrors: "LEGACY",
      EnableTokenRevocation: true,
      EnablePropagateAdditionalUserContextData: false,
      AuthSessionValidity: 3,
    });
  });
  it("keeps given values and partial units", () => {
    const s = settingsFrom({ AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: "minutes" } as never, EnableTokenRevocation: false });
    assert.equal(s.AccessTokenValidity, 30);
    assert.deepEqual(s.TokenValidityUnits, { AccessToken: "minutes", IdToken: "hours", RefreshToken: "days" });
    assert.equal(s.EnableTokenRevocation, false);
  });
});

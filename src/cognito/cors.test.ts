import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { corsHeadersFor } from "./cors.js";
import { OPERATIONS } from "./operations/registry.js";

type AuthSchemeProvider = (p: { operation: string; region: string }) => { schemeId: string }[];

describe("which Cognito operations get CORS headers", () => {
  // The SDK's auth scheme resolver is generated from AWS's Smithy model: `smithy.api#noAuth` marks the
  // operations AWS serves without SigV4. The registry's `auth` must agree, since CORS follows it.
  const client = new CognitoIdentityProviderClient({ region: "us-east-1" });
  const sdkAuth = client.config.httpAuthSchemeProvider as unknown as AuthSchemeProvider;
  const isPublicInModel = (operation: string) => sdkAuth({ operation, region: "us-east-1" })[0]?.schemeId === "smithy.api#noAuth";

  for (const [name, op] of OPERATIONS) {
    it(`${name}: ${op.auth === "none" ? "public, with CORS" : "SigV4, no CORS"}, as the AWS model says`, () => {
      assert.equal(op.auth === "none", isPublicInModel(name));
      assert.equal(corsHeadersFor(op)["access-control-allow-origin"], op.auth === "none" ? "*" : undefined);
    });
  }

  it("the public operations browser SDKs use are among them", () => {
    for (const name of ["InitiateAuth", "RespondToAuthChallenge", "SignUp", "ConfirmSignUp", "GetUser", "ForgotPassword", "ConfirmForgotPassword"])
      assert.equal(OPERATIONS.get(name)?.auth, "none", name);
    for (const name of ["ListUsers", "AdminCreateUser", "AdminInitiateAuth", "CreateUserPool"]) assert.equal(OPERATIONS.get(name)?.auth, "iam", name);
  });
});

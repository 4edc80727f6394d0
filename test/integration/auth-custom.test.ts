import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from "amazon-cognito-identity-js";
import { decodeJwt } from "../../src/jwt/jwt.js";
import { rejectsWith } from "../harness/assertions.js";
import { functionArn, handlerModule } from "../harness/lambda-files.js";
import { startServer, type TestServer } from "../harness/server.js";

/**
 * CUSTOM_AUTH driven by the pool's define/create/verify auth challenge triggers (local handler files): a one-time
 * code challenge that allows three tries, as the Developer Guide's example does.
 */
const { file, remove } = handlerModule(`const events = (globalThis.__customAuthEvents ??= []);
export const define = async (event) => {
  events.push(event);
  const s = event.request.session;
  if (s.length && s[s.length - 1].challengeResult) Object.assign(event.response, { issueTokens: true, failAuthentication: false });
  else if (s.length >= 3) Object.assign(event.response, { issueTokens: false, failAuthentication: true });
  else Object.assign(event.response, { issueTokens: false, failAuthentication: false, challengeName: "CUSTOM_CHALLENGE" });
  return event;
};
export const create = async (event) => {
  events.push(event);
  event.response.publicChallengeParameters = { hint: "the answer", attempt: event.request.session.length + 1 };
  event.response.privateChallengeParameters = { answer: "42" };
  event.response.challengeMetadata = "CODE-" + (event.request.session.length + 1);
  return event;
};
export const verify = async (event) => {
  events.push(event);
  event.response.answerCorrect = event.request.challengeAnswer === event.request.privateChallengeParameters.answer;
  return event;
};
`);
const events = () => ((globalThis as { __customAuthEvents?: Record<string, any>[] }).__customAuthEvents ??= []);

describe("CUSTOM_AUTH with the define/create/verify auth challenge triggers", () => {
  let t: TestServer;
  let poolId: string;
  let clientId: string;
  const start = (username = "lena") =>
    t.cognito.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: username } }));
  const answer = (session: string, ANSWER: string, username = "lena") =>
    t.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: "CUSTOM_CHALLENGE",
        Session: session,
        ChallengeResponses: { USERNAME: username, ANSWER },
      }),
    );

  before(async () => {
    t = await startServer({ lambdas: [`define=${file}#define`, `create=${file}#create`, `verify=${file}#verify`] });
    poolId = (
      await t.cognito.send(
        new CreateUserPoolCommand({
          PoolName: "custom",
          LambdaConfig: {
            DefineAuthChallenge: functionArn("define"),
            CreateAuthChallenge: functionArn("create"),
            VerifyAuthChallengeResponse: functionArn("verify"),
          },
        }),
      )
    ).UserPool!.Id!;
    clientId = (
      await t.cognito.send(
        new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
      )
    ).UserPoolClient!.ClientId!;
    await t.cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "lena", MessageAction: "SUPPRESS" }));
    await t.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "lena", Password: "Passw0rd!custom", Permanent: true }));
  });
  after(async () => {
    await t.stop();
    remove();
  });

  it("asks CUSTOM_CHALLENGE with the public parameters and USERNAME; a wrong answer asks again; the right one gives tokens", async () => {
    const first = await start();
    assert.equal(first.ChallengeName, "CUSTOM_CHALLENGE");
    assert.deepEqual(first.ChallengeParameters, { hint: "the answer", attempt: "1", USERNAME: "lena" });
    const second = await answer(first.Session!, "41");
    assert.equal(second.ChallengeName, "CUSTOM_CHALLENGE");
    assert.equal(second.ChallengeParameters?.attempt, "2");
    assert.notEqual(second.Session, first.Session);
    const done = await answer(second.Session!, "42");
    assert.equal(done.ChallengeName, undefined);
    assert.equal(decodeJwt(done.AuthenticationResult!.IdToken!)!.payload["cognito:username"], "lena");
    // The define trigger saw the history, with each challenge's metadata.
    const lastDefine = events()
      .filter((e) => e.triggerSource === "DefineAuthChallenge_Authentication")
      .at(-1)!;
    assert.deepEqual(lastDefine.request.session, [
      { challengeName: "CUSTOM_CHALLENGE", challengeResult: false, challengeMetadata: "CODE-1" },
      { challengeName: "CUSTOM_CHALLENGE", challengeResult: true, challengeMetadata: "CODE-2" },
    ]);
    const verify = events()
      .filter((e) => e.triggerSource === "VerifyAuthChallengeResponse_Authentication")
      .at(-1)!;
    assert.deepEqual(verify.request.privateChallengeParameters, { answer: "42" });
    assert.equal(verify.request.challengeAnswer, "42");
  });

  it("three wrong answers fail the sign-in, and a spent Session cannot be answered again", async () => {
    let r = await start();
    const firstSession = r.Session!;
    r = await answer(r.Session!, "1");
    r = await answer(r.Session!, "2");
    await rejectsWith(answer(r.Session!, "3"), "NotAuthorizedException", "Incorrect username or password.");
    await rejectsWith(answer(firstSession, "42"), "NotAuthorizedException", "Invalid session for the user, session is expired.");
  });

  it("works through AdminInitiateAuth, and refuses a client without ALLOW_CUSTOM_AUTH or a pool without the trigger", async () => {
    const admin = await t.cognito.send(
      new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "lena" } }),
    );
    assert.equal(admin.ChallengeName, "CUSTOM_CHALLENGE");
    const plain = (
      await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "plain", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"] }))
    ).UserPoolClient!;
    await rejectsWith(
      t.cognito.send(new InitiateAuthCommand({ ClientId: plain.ClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "lena" } })),
      "InvalidParameterException",
    );
    const bare = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "no-triggers" }))).UserPool!.Id!;
    const bareClient = (
      await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: bare, ClientName: "app", ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH"] }))
    ).UserPoolClient!;
    await rejectsWith(
      t.cognito.send(new InitiateAuthCommand({ ClientId: bareClient.ClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "lena" } })),
      "InvalidParameterException",
      "Custom auth lambda trigger is not configured for the user pool.",
    );
  });

  it("amazon-cognito-identity-js signs in with initiateAuth and sendCustomChallengeAnswer", async () => {
    const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: t.url });
    const user = new CognitoUser({ Username: "lena", Pool: pool });
    user.setAuthenticationFlowType("CUSTOM_AUTH");
    const hints: string[] = [];
    const session = await new Promise<string>((resolve, reject) => {
      const callbacks = {
        onSuccess: (s: { getIdToken(): { getJwtToken(): string } }) => resolve(s.getIdToken().getJwtToken()),
        onFailure: reject,
        customChallenge: (params: Record<string, string>) => {
          hints.push(params.hint ?? "");
          user.sendCustomChallengeAnswer(hints.length === 1 ? "wrong" : "42", callbacks);
        },
      };
      user.initiateAuth(new AuthenticationDetails({ Username: "lena" }), callbacks);
    });
    assert.deepEqual(hints, ["the answer", "the answer"]);
    assert.equal(decodeJwt(session)!.payload["cognito:username"], "lena");
  });
});

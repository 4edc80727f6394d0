import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { AdminRespondToAuthChallengeCommand, RespondToAuthChallengeCommand } from "@aws-sdk/client-cognito-identity-provider";
import { claimSignature } from "../../src/cognito/auth/srp/claim-signature.js";
import { N } from "../../src/cognito/auth/srp/constants.js";
import { decodeJwt } from "../../src/jwt/jwt.js";
import { startServer, type TestServer } from "../harness/server.js";
import { answer, createClient, createPool, PASSWORD, type SrpStart, seedUser, setPassword, startSrp } from "./srp-fixtures.js";

/*
 * USER_SRP_AUTH → PASSWORD_VERIFIER through the AWS SDK v3, with poolgate's SRP client doing the client-side
 * math (it is held to amazon-cognito-identity-js by the unit parity test). Covers what browser libraries
 * cannot: SECRET_HASH, the Admin APIs, and deliberately broken answers.
 */

const incorrect = (e: unknown) => {
  const err = e as Error & { $metadata?: { httpStatusCode?: number } };
  assert.equal(err.name, "NotAuthorizedException", err.message);
  assert.equal(err.message, "Incorrect username or password.");
  assert.equal(err.$metadata?.httpStatusCode, 400);
  return true;
};
const named = (name: string, message: string) => (e: unknown) => {
  const err = e as Error;
  assert.equal(err.name, name);
  assert.equal(err.message, message);
  return true;
};

describe("USER_SRP_AUTH and PASSWORD_VERIFIER through the AWS SDK", () => {
  let t: TestServer;
  let poolId: string;
  let client: { id: string; secret?: string };
  let secretClient: { id: string; secret?: string };

  before(async () => {
    t = await startServer();
    poolId = await createPool(t);
    client = await createClient(t, poolId);
    secretClient = await createClient(t, poolId, { GenerateSecret: true });
    await seedUser(t, poolId, { username: "carol", attributes: [{ Name: "email", Value: "carol@example.com" }] });
  });
  after(() => t.stop());

  const respond = (start: SrpStart, responses: Record<string, string>, c = client, session: string | undefined = start.out.Session) =>
    t.cognito.send(new RespondToAuthChallengeCommand({ ClientId: c.id, ChallengeName: "PASSWORD_VERIFIER", ChallengeResponses: responses, Session: session }));

  it("answers InitiateAuth with PASSWORD_VERIFIER: SALT, SRP_B, SECRET_BLOCK, USERNAME and USER_ID_FOR_SRP, and a Session", async () => {
    const start = await startSrp(t.cognito, poolId, client, "Carol");
    assert.equal(start.out.ChallengeName, "PASSWORD_VERIFIER");
    assert.equal(start.out.AuthenticationResult, undefined);
    assert.ok((start.out.Session ?? "").length >= 20);
    const p = start.params;
    assert.deepEqual(Object.keys(p).sort(), ["SALT", "SECRET_BLOCK", "SRP_B", "USERNAME", "USER_ID_FOR_SRP"]);
    assert.equal(p.USERNAME, "carol");
    assert.equal(p.USER_ID_FOR_SRP, "carol");
    assert.match(p.SALT ?? "", /^[0-9a-f]{32}$/);
    assert.match(p.SRP_B ?? "", /^[0-9a-f]+$/);
    const B = BigInt(`0x${p.SRP_B}`);
    assert.ok(B > 0n && B < N);
    assert.match(p.SECRET_BLOCK ?? "", /^[A-Za-z0-9+/]+={0,2}$/);
    assert.ok(Buffer.from(p.SECRET_BLOCK ?? "", "base64").length > 64);
  });

  it("issues tokens for a correct proof, with no Session and empty ChallengeParameters", async () => {
    const start = await startSrp(t.cognito, poolId, client, "carol");
    const out = await respond(start, answer(start, PASSWORD, client));
    assert.equal(out.ChallengeName, undefined);
    assert.equal(out.Session, undefined);
    assert.deepEqual(out.ChallengeParameters, {});
    const claims = decodeJwt(out.AuthenticationResult?.IdToken ?? "")?.payload;
    assert.equal(claims?.["cognito:username"], "carol");
    assert.equal(claims?.aud, client.id);
    assert.ok(out.AuthenticationResult?.RefreshToken);
  });

  it("signs in with AdminInitiateAuth + AdminRespondToAuthChallenge", async () => {
    const start = await startSrp(t.cognito, poolId, client, "carol", { admin: true });
    assert.equal(start.out.ChallengeName, "PASSWORD_VERIFIER");
    const out = await t.cognito.send(
      new AdminRespondToAuthChallengeCommand({
        UserPoolId: poolId,
        ClientId: client.id,
        ChallengeName: "PASSWORD_VERIFIER",
        ChallengeResponses: answer(start, PASSWORD, client),
        Session: start.out.Session,
      }),
    );
    assert.equal(decodeJwt(out.AuthenticationResult?.AccessToken ?? "")?.payload.username, "carol");
  });

  it("accepts an answer without the Session (pycognito-style clients), once", async () => {
    const start = await startSrp(t.cognito, poolId, client, "carol");
    const responses = answer(start, PASSWORD, client);
    const out = await respond(start, responses, client, undefined);
    assert.ok(out.AuthenticationResult?.IdToken);
    await assert.rejects(respond(start, responses, client, undefined), named("NotAuthorizedException", "Invalid session for the user, session is expired."));
    await assert.rejects(respond(start, responses), named("NotAuthorizedException", "Invalid session for the user, session is expired."));
  });

  describe("client with a secret", () => {
    it("signs in with SECRET_HASH of the typed name at initiate and of the internal name in the answer", async () => {
      const start = await startSrp(t.cognito, poolId, secretClient, "carol");
      const out = await respond(start, answer(start, PASSWORD, secretClient), secretClient);
      assert.ok(out.AuthenticationResult?.AccessToken);
    });
    it("refuses an initiate without SECRET_HASH", async () => {
      await assert.rejects(
        startSrp(t.cognito, poolId, { id: secretClient.id }, "carol"),
        named("NotAuthorizedException", `Client ${secretClient.id} is configured with secret but SECRET_HASH was not received`),
      );
    });
    it("refuses an answer without SECRET_HASH, or with a wrong one", async () => {
      const start = await startSrp(t.cognito, poolId, secretClient, "carol");
      const { SECRET_HASH: _, ...without } = answer(start, PASSWORD, secretClient);
      await assert.rejects(
        respond(start, without, secretClient),
        named("NotAuthorizedException", `Client ${secretClient.id} is configured with secret but SECRET_HASH was not received`),
      );
      const again = await startSrp(t.cognito, poolId, secretClient, "carol");
      await assert.rejects(
        respond(again, { ...answer(again, PASSWORD, secretClient), SECRET_HASH: "bm90IHRoZSBoYXNo" }, secretClient),
        named("NotAuthorizedException", `Unable to verify secret hash for client ${secretClient.id}`),
      );
    });
  });

  describe("rejections: always a 400 NotAuthorizedException, never a 500", () => {
    it("wrong password", async () => {
      const start = await startSrp(t.cognito, poolId, client, "carol");
      await assert.rejects(respond(start, answer(start, "Wrong-Password-1", client)), incorrect);
    });

    it("tampered SECRET_BLOCK (signed as tampered, or signed before tampering)", async () => {
      for (const mode of ["resigned", "edited"] as const) {
        const start = await startSrp(t.cognito, poolId, client, "carol");
        const raw = Buffer.from(start.params.SECRET_BLOCK ?? "", "base64");
        raw[raw.length - 1] = (raw[raw.length - 1] as number) ^ 1;
        const tampered = raw.toString("base64");
        const responses =
          mode === "resigned"
            ? answer({ ...start, params: { ...start.params, SECRET_BLOCK: tampered } }, PASSWORD, client)
            : { ...answer(start, PASSWORD, client), PASSWORD_CLAIM_SECRET_BLOCK: tampered };
        await assert.rejects(respond(start, responses), incorrect, mode);
      }
    });

    it("tampered signature, USERNAME of someone else, and a non-base64 signature", async () => {
      await seedUser(t, poolId, { username: "dave" });
      const edits: ((r: Record<string, string>) => Record<string, string>)[] = [
        // A different first character (a fixed replacement would be a no-op for 1 signature in 64).
        (r) => {
          const sig = r.PASSWORD_CLAIM_SIGNATURE ?? "";
          return { ...r, PASSWORD_CLAIM_SIGNATURE: `${sig.startsWith("A") ? "B" : "A"}${sig.slice(1)}` };
        },
        (r) => ({ ...r, USERNAME: "dave" }),
        (r) => ({ ...r, PASSWORD_CLAIM_SIGNATURE: "***" }),
      ];
      for (const [i, edit] of edits.entries()) {
        const start = await startSrp(t.cognito, poolId, client, "carol");
        await assert.rejects(respond(start, edit(answer(start, PASSWORD, client))), incorrect, `edit ${i}`);
      }
    });

    it("malformed TIMESTAMP even when correctly signed: zero-padded day, wrong weekday, other formats", async () => {
      for (const timestamp of ["Tue Sep 05 09:07:03 UTC 2023", "Wed Sep 5 09:07:03 UTC 2023", "2023-09-05T09:07:03Z", "Tue Sep 5 09:07:03 GMT 2023"]) {
        const start = await startSrp(t.cognito, poolId, client, "carol");
        const p = start.params;
        const key = start.srp.passwordKey(PASSWORD, {
          SALT: p.SALT ?? "",
          SRP_B: p.SRP_B ?? "",
          SECRET_BLOCK: p.SECRET_BLOCK ?? "",
          USER_ID_FOR_SRP: p.USER_ID_FOR_SRP ?? "",
        });
        const signature = claimSignature(key, { poolName: poolId.split("_")[1] ?? "", username: "carol", secretBlock: p.SECRET_BLOCK ?? "", timestamp });
        const responses = { ...answer(start, PASSWORD, client), TIMESTAMP: timestamp, PASSWORD_CLAIM_SIGNATURE: signature };
        await assert.rejects(respond(start, responses), incorrect, timestamp);
      }
    });

    it("a well-formed TIMESTAMP that is not now is accepted (Cognito's tolerance is not documented; see docs/srp.md)", async () => {
      const start = await startSrp(t.cognito, poolId, client, "carol");
      const out = await respond(start, answer(start, PASSWORD, client, Date.UTC(2023, 8, 5, 9, 7, 3)));
      assert.ok(out.AuthenticationResult?.IdToken);
    });

    it("bad SRP_A: 0, N, 2N, non-hex", async () => {
      for (const srpA of ["0", N.toString(16), (2n * N).toString(16), "not-hex"]) {
        await assert.rejects(startSrp(t.cognito, poolId, client, "carol", { srpA }), incorrect, srpA.slice(0, 8));
      }
    });

    it("replayed Session", async () => {
      const start = await startSrp(t.cognito, poolId, client, "carol");
      const responses = answer(start, PASSWORD, client);
      assert.ok((await respond(start, responses)).AuthenticationResult);
      await assert.rejects(respond(start, responses), named("NotAuthorizedException", "Invalid session for the user, session is expired."));
    });

    it("a failed proof consumes the Session", async () => {
      const start = await startSrp(t.cognito, poolId, client, "carol");
      await assert.rejects(respond(start, answer(start, "Wrong-Password-1", client)), incorrect);
      await assert.rejects(
        respond(start, answer(start, PASSWORD, client)),
        named("NotAuthorizedException", "Invalid session for the user, session is expired."),
      );
    });

    it("expired Session (AuthSessionValidity, 3 minutes by default)", async () => {
      const start = await startSrp(t.cognito, poolId, client, "carol");
      t.clock.advance(3 * 60_000 + 1000);
      await assert.rejects(
        respond(start, answer(start, PASSWORD, client)),
        named("NotAuthorizedException", "Invalid session for the user, session is expired."),
      );
    });

    it("a longer AuthSessionValidity keeps the Session alive longer", async () => {
      const patient = await createClient(t, poolId, { AuthSessionValidity: 10 });
      const start = await startSrp(t.cognito, poolId, patient, "carol");
      t.clock.advance(9 * 60_000);
      assert.ok((await respond(start, answer(start, PASSWORD, patient), patient)).AuthenticationResult);
    });

    it("Session answered through another client", async () => {
      const other = await createClient(t, poolId);
      const start = await startSrp(t.cognito, poolId, client, "carol");
      await assert.rejects(
        respond(start, answer(start, PASSWORD, client), other),
        named("NotAuthorizedException", "Invalid session for the user, session is expired."),
      );
    });

    it("missing challenge responses name the parameter (InvalidParameterException)", async () => {
      for (const missing of ["PASSWORD_CLAIM_SIGNATURE", "TIMESTAMP", "USERNAME"]) {
        const start = await startSrp(t.cognito, poolId, client, "carol");
        const { [missing]: _, ...rest } = answer(start, PASSWORD, client);
        await assert.rejects(respond(start, rest), named("InvalidParameterException", `Missing required parameter ${missing}`));
        await assert.rejects(respond(start, rest, client, undefined), named("InvalidParameterException", `Missing required parameter ${missing}`));
      }
      await assert.rejects(startSrp(t.cognito, poolId, client, "carol", { srpA: "" }), named("InvalidParameterException", "Missing required parameter SRP_A"));
    });

    it("a malformed answer leaves the challenge open for a corrected one, with or without the Session", async () => {
      for (const session of ["sent", "omitted"] as const) {
        const start = await startSrp(t.cognito, poolId, client, "carol");
        const { TIMESTAMP: _, ...rest } = answer(start, PASSWORD, client);
        const sessionId = session === "sent" ? start.out.Session : undefined;
        await assert.rejects(respond(start, rest, client, sessionId), named("InvalidParameterException", "Missing required parameter TIMESTAMP"));
        assert.ok((await respond(start, answer(start, PASSWORD, client), client, sessionId)).AuthenticationResult, session);
      }
    });

    it("a password changed between the two steps voids the challenge", async () => {
      await seedUser(t, poolId, { username: "erin" });
      const start = await startSrp(t.cognito, poolId, client, "erin");
      await setPassword(t, poolId, "erin", PASSWORD);
      await assert.rejects(respond(start, answer(start, PASSWORD, client)), incorrect);
    });
  });

  describe("user states", () => {
    it("a disabled user is refused at initiate", async () => {
      await seedUser(t, poolId, { username: "frank", enabled: false });
      await assert.rejects(startSrp(t.cognito, poolId, client, "frank"), named("NotAuthorizedException", "User is disabled."));
    });
    it("an unconfirmed user is refused at initiate on a LEGACY client", async () => {
      await seedUser(t, poolId, { username: "gina", status: "UNCONFIRMED", clientId: client.id });
      await assert.rejects(startSrp(t.cognito, poolId, client, "gina"), named("UserNotConfirmedException", "User is not confirmed."));
    });
    it("an unknown user on an ENABLED client gets a stable simulated challenge (same salt and UUID), then fails", async () => {
      const strict = await createClient(t, poolId, { PreventUserExistenceErrors: "ENABLED" });
      const one = await startSrp(t.cognito, poolId, strict, "nobody");
      const two = await startSrp(t.cognito, poolId, strict, "nobody");
      assert.equal(one.out.ChallengeName, "PASSWORD_VERIFIER");
      assert.match(one.params.USER_ID_FOR_SRP ?? "", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(one.params.USER_ID_FOR_SRP, two.params.USER_ID_FOR_SRP);
      assert.equal(one.params.SALT, two.params.SALT);
      assert.notEqual(one.params.SRP_B, two.params.SRP_B);
      await assert.rejects(respond(one, answer(one, PASSWORD, strict), strict), incorrect);
    });
    it("five wrong proofs lock the user out briefly ('Password attempts exceeded')", async () => {
      await seedUser(t, poolId, { username: "hank" });
      for (let i = 0; i < 5; i++) {
        const start = await startSrp(t.cognito, poolId, client, "hank");
        await assert.rejects(respond(start, answer(start, "Wrong-Password-1", client)), incorrect);
      }
      await assert.rejects(startSrp(t.cognito, poolId, client, "hank"), named("NotAuthorizedException", "Password attempts exceeded"));
      t.clock.advance(2000);
      const start = await startSrp(t.cognito, poolId, client, "hank");
      assert.ok((await respond(start, answer(start, PASSWORD, client))).AuthenticationResult);
    });
  });
});

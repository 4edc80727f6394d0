import { epochSeconds } from "../../platform/clock.js";
import { notAuthorized, userNotFound } from "../../wire/errors.js";
import { any, bool, Model, map, str, struct } from "../../wire/validation.js";
import { checkSecretHash } from "../auth/secret-hash.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";
import { postConfirmation } from "../triggers/post-confirmation.js";
import { claimAliases } from "../users/aliases.js";
import { mergeAttributes } from "../users/attributes.js";
import { codeMismatch, consumeCode } from "../users/codes.js";
import { findUser } from "../users/lookup.js";
import { saveUser } from "../users/save.js";

interface Req {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  ConfirmationCode: string;
  ForceAliasCreation?: boolean;
  ClientMetadata?: Record<string, string>;
}

/** Confirms a signed-up user with the code from the outbox; the attribute the code went to becomes verified. */
export const ConfirmSignUp = defineOperation({
  name: "ConfirmSignUp",
  auth: "none",
  input: {
    ClientId: Model.ClientId,
    SecretHash: Model.SecretHash,
    Username: Model.Username,
    ConfirmationCode: str({ required: true, min: 1, max: 2048, pattern: "[\\S]+" }),
    ForceAliasCreation: bool(),
    AnalyticsMetadata: struct(),
    UserContextData: struct(),
    ClientMetadata: map(),
    Session: any(),
  },
  async run(s, req: Req) {
    const { client, pool } = requireClientForAuth(s.cognito, req.ClientId);
    const user = findUser(s.cognito, pool, req.Username);
    checkSecretHash(client, req.SecretHash, user ? [req.Username, user.Username] : [req.Username]);
    if (!user) {
      // With PreventUserExistenceErrors=ENABLED an unknown user looks like a wrong code.
      if (client.PreventUserExistenceErrors === "ENABLED") throw codeMismatch();
      throw userNotFound();
    }
    if (user.UserStatus !== "UNCONFIRMED") throw notAuthorized(`User cannot be confirmed. Current status is ${user.UserStatus}`);
    const now = epochSeconds(s.clock);
    let confirmedUser = user;
    s.cognito.tx(() => {
      const row = consumeCode(s, pool, user, "SIGN_UP", req.ConfirmationCode);
      const verified = row.medium === "SMS" ? "phone_number_verified" : row.medium === "EMAIL" ? "email_verified" : undefined;
      const confirmed = {
        ...user,
        UserStatus: "CONFIRMED" as const,
        Attributes: verified ? mergeAttributes(user.Attributes, [{ Name: verified, Value: "true" }]) : user.Attributes,
        UserLastModifiedDate: now,
      };
      for (const other of claimAliases(s.cognito, pool, confirmed, req.ForceAliasCreation === true, now)) saveUser(s.cognito, pool, other);
      saveUser(s.cognito, pool, confirmed);
      confirmedUser = confirmed;
    });
    s.log.info("user confirmed", { userPoolId: pool.Id, username: user.Username });
    await postConfirmation(s, pool, confirmedUser, "PostConfirmation_ConfirmSignUp", client.ClientId, req.ClientMetadata);
    return {};
  },
});

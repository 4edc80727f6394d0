import { epochSeconds } from "../../platform/clock.js";
import type { AttributeType } from "../../store/cognito/records.js";
import { invalidParameter, notAuthorized } from "../../wire/errors.js";
import { any, Model, map, struct } from "../../wire/validation.js";
import { checkSecretHash } from "../auth/secret-hash.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";
import { preSignUp } from "../triggers/pre-sign-up.js";
import { attributeValue, checkAttributes, mergeAttributes, requireRequired } from "../users/attributes.js";
import { SIGN_UP_CODE_SECONDS, sendCode } from "../users/codes.js";
import { assertAvailable, newUserRecord, resolveUsername } from "../users/create.js";
import { signUpDelivery } from "../users/delivery.js";
import { withPassword } from "../users/password.js";
import { saveUser } from "../users/save.js";

interface Req {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  Password?: string;
  UserAttributes?: AttributeType[];
  ValidationData?: AttributeType[];
  ClientMetadata?: Record<string, string>;
}

/**
 * Self-service registration: the user starts UNCONFIRMED and, when the pool auto-verifies an attribute the
 * user gave, gets a confirmation code there (CodeDeliveryDetails names the masked destination).
 */
export const SignUp = defineOperation({
  name: "SignUp",
  auth: "none",
  input: {
    ClientId: Model.ClientId,
    SecretHash: Model.SecretHash,
    Username: Model.Username,
    Password: Model.Password,
    UserAttributes: Model.AttributeList,
    ValidationData: Model.AttributeList,
    AnalyticsMetadata: struct(),
    UserContextData: struct(),
    ClientMetadata: map(),
    Session: any(),
  },
  async run(s, req: Req) {
    const { client, pool } = requireClientForAuth(s.cognito, req.ClientId);
    checkSecretHash(client, req.SecretHash, [req.Username]);
    // AdminCreateUserConfig.AllowAdminCreateUserOnly turns self-registration off.
    if (pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly) throw notAuthorized("SignUp is not permitted for this user pool");
    // Passwordless sign-up needs a pool whose sign-in policy allows it; poolgate's pools sign in with passwords.
    if (!req.Password) throw invalidParameter("1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null");
    const given = req.UserAttributes ?? [];
    // An app client with WriteAttributes may only write those (AWS refuses the whole request).
    if (client.WriteAttributes && given.some((a) => !client.WriteAttributes!.includes(a.Name)))
      throw notAuthorized("A client attempted to write unauthorized attribute");
    const attrs = checkAttributes(pool, given, "create");
    const sub = s.ids.uuid();
    const { username, implied } = resolveUsername(pool, req.Username, sub);
    const all = mergeAttributes(attrs, implied);
    requireRequired(pool, all);
    assertAvailable(s.cognito, pool, "SignUp", username, all);
    const pre = await preSignUp(s, pool, {
      triggerSource: "PreSignUp_SignUp",
      userName: username,
      clientId: client.ClientId,
      attributes: all,
      validationData: req.ValidationData,
      clientMetadata: req.ClientMetadata,
    });
    const verified = [
      ...(pre.autoVerifyEmail && attributeValue(all, "email") ? [{ Name: "email_verified", Value: "true" }] : []),
      ...(pre.autoVerifyPhone && attributeValue(all, "phone_number") ? [{ Name: "phone_number_verified", Value: "true" }] : []),
    ];
    const attributes = verified.length ? mergeAttributes(all, verified) : all;
    const now = epochSeconds(s.clock);
    const status = pre.autoConfirmUser ? "CONFIRMED" : "UNCONFIRMED";
    const user = await withPassword(pool, newUserRecord({ username, sub, attributes, status, now }), req.Password, now);
    // A user the trigger confirmed needs no code.
    const delivery = pre.autoConfirmUser ? undefined : signUpDelivery(pool, attributes);
    s.cognito.tx(() => {
      assertAvailable(s.cognito, pool, "SignUp", username, all);
      saveUser(s.cognito, pool, user);
      if (delivery) sendCode(s, pool, user, "SIGN_UP", s.ids.confirmationCode(), delivery, SIGN_UP_CODE_SECONDS);
    });
    return { UserConfirmed: pre.autoConfirmUser, UserSub: sub, ...(delivery ? { CodeDeliveryDetails: delivery.details } : {}) };
  },
});

import { epochSeconds } from "../../platform/clock.js";
import type { AttributeType, PoolRecord, UserRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { bool, list, Model, map, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { preSignUp } from "../triggers/pre-sign-up.js";
import { claimAliases } from "../users/aliases.js";
import { attributeValue, checkAttributes, mergeAttributes } from "../users/attributes.js";
import { sendCode } from "../users/codes.js";
import { assertAvailable, newUserRecord, resolveUsername } from "../users/create.js";
import { type Delivery, deliveryTo } from "../users/delivery.js";
import { requireUser } from "../users/lookup.js";
import { withPassword } from "../users/password.js";
import { saveUser } from "../users/save.js";
import { generateTemporaryPassword } from "../users/temporary-password.js";
import { userType } from "../users/view.js";

interface Req {
  UserPoolId: string;
  Username: string;
  UserAttributes?: AttributeType[];
  TemporaryPassword?: string;
  ForceAliasCreation?: boolean;
  MessageAction?: "RESEND" | "SUPPRESS";
  DesiredDeliveryMediums?: ("SMS" | "EMAIL")[];
  ClientMetadata?: Record<string, string>;
}

/**
 * Where the invitation (with the temporary password) goes: each DesiredDeliveryMediums entry (default SMS,
 * per the API reference) the user has an address for. With no matching address nothing would be sent; the
 * local outbox still records the invitation without a destination, so the temporary password is recoverable.
 */
function invitationDeliveries(user: UserRecord, mediums: ("SMS" | "EMAIL")[]): (Delivery | undefined)[] {
  const out: Delivery[] = [];
  for (const m of new Set(mediums)) {
    const attr = m === "EMAIL" ? "email" : "phone_number";
    const address = attributeValue(user.Attributes, attr);
    if (address) out.push(deliveryTo(attr, address));
  }
  return out.length ? out : [undefined];
}

function sendInvitation(s: Parameters<typeof sendCode>[0], pool: PoolRecord, user: UserRecord, password: string, req: Req): void {
  const days = pool.Policies.PasswordPolicy.TemporaryPasswordValidityDays ?? 7;
  for (const d of invitationDeliveries(user, req.DesiredDeliveryMediums ?? ["SMS"])) sendCode(s, pool, user, "INVITATION", password, d, days * 86400);
}

export const AdminCreateUser = defineOperation({
  name: "AdminCreateUser",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    Username: Model.Username,
    UserAttributes: Model.AttributeList,
    ValidationData: Model.AttributeList,
    TemporaryPassword: Model.Password,
    ForceAliasCreation: bool(),
    MessageAction: str({ enum: ["RESEND", "SUPPRESS"] }),
    DesiredDeliveryMediums: list({ member: str({ enum: ["SMS", "EMAIL"] }) }),
    ClientMetadata: map(),
  },
  async run(s, req: Req) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const now = epochSeconds(s.clock);
    const password = req.TemporaryPassword || generateTemporaryPassword(pool.Policies.PasswordPolicy, (n) => Buffer.from(s.ids.opaque(n), "base64url"));

    if (req.MessageAction === "RESEND") {
      // RESEND re-invites an existing user who has not yet chosen a password, with a fresh temporary password.
      const existing = requireUser(s.cognito, pool, req.Username);
      if (existing.UserStatus !== "FORCE_CHANGE_PASSWORD")
        throw new AwsJsonError("UnsupportedUserStateException", `Resend not possible. ${existing.Username} status is not FORCE_CHANGE_PASSWORD`);
      const updated = { ...(await withPassword(pool, existing, password, now)), UserLastModifiedDate: now };
      s.cognito.tx(() => {
        saveUser(s.cognito, pool, updated);
        sendInvitation(s, pool, updated, password, req);
      });
      return { User: userType(updated) };
    }

    const attrs = checkAttributes(pool, req.UserAttributes ?? [], "create");
    const sub = s.ids.uuid();
    const { username, implied } = resolveUsername(pool, req.Username, sub);
    // The sign-in email/phone of a username-attribute pool is the username the administrator typed.
    const all = mergeAttributes(attrs, implied);
    assertAvailable(s.cognito, pool, "AdminCreateUser", username, all);
    // The trigger may refuse the user; its confirm and verify answers do not apply to administrator-created users.
    await preSignUp(s, pool, { triggerSource: "PreSignUp_AdminCreateUser", userName: username, attributes: all, clientMetadata: req.ClientMetadata });
    // Required attributes are not enforced here: Cognito asks for them in the NEW_PASSWORD_REQUIRED challenge.
    const user = await withPassword(pool, newUserRecord({ username, sub, attributes: all, status: "FORCE_CHANGE_PASSWORD", now }), password, now);
    s.cognito.tx(() => {
      assertAvailable(s.cognito, pool, "AdminCreateUser", username, all);
      for (const other of claimAliases(s.cognito, pool, user, req.ForceAliasCreation === true, now)) saveUser(s.cognito, pool, other);
      saveUser(s.cognito, pool, user);
      if (req.MessageAction !== "SUPPRESS") sendInvitation(s, pool, user, password, req);
    });
    s.log.info("user created", { userPoolId: pool.Id, username });
    return { User: userType(user) };
  },
});

import type { AttributeType, PoolRecord } from "../../store/cognito/records.js";
import { runTrigger, type TriggerServices } from "./run-trigger.js";

export interface PreSignUpAnswer {
  autoConfirmUser: boolean;
  autoVerifyEmail: boolean;
  autoVerifyPhone: boolean;
}

const NONE: PreSignUpAnswer = { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false };

const asMap = (attrs: AttributeType[] | undefined): Record<string, string> | null =>
  attrs?.length ? Object.fromEntries(attrs.map((a) => [a.Name, a.Value ?? ""])) : null;

/**
 * The pre sign-up trigger (Developer Guide, "Pre sign-up Lambda trigger"): runs before the user exists; an error
 * stops the sign-up. Its answer may confirm the user and mark the email or phone verified.
 */
export async function preSignUp(
  s: TriggerServices,
  pool: PoolRecord,
  e: {
    triggerSource: "PreSignUp_SignUp" | "PreSignUp_AdminCreateUser";
    userName: string;
    clientId?: string;
    attributes: AttributeType[];
    validationData?: AttributeType[];
    clientMetadata?: Record<string, string>;
  },
): Promise<PreSignUpAnswer> {
  const response = await runTrigger(s, pool, "PreSignUp", {
    triggerSource: e.triggerSource,
    userName: e.userName,
    clientId: e.clientId,
    request: { userAttributes: asMap(e.attributes) ?? {}, validationData: asMap(e.validationData), clientMetadata: e.clientMetadata ?? {} },
    response: { ...NONE },
  });
  if (!response) return NONE;
  return {
    autoConfirmUser: response.autoConfirmUser === true,
    autoVerifyEmail: response.autoVerifyEmail === true,
    autoVerifyPhone: response.autoVerifyPhone === true,
  };
}

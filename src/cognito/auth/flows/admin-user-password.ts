import { invalidParameter } from "../../../wire/errors.js";
import { requireFlow } from "../explicit-flows.js";
import { passwordSignIn } from "../password-sign-in.js";
import type { InitiateFlow } from "./types.js";

/**
 * ADMIN_USER_PASSWORD_AUTH and its legacy name ADMIN_NO_SRP_AUTH (AdminInitiateAuth only): needs
 * ALLOW_ADMIN_USER_PASSWORD_AUTH (or the legacy ADMIN_NO_SRP_AUTH client setting).
 */
export const adminUserPasswordAuth: InitiateFlow = async (ctx) => {
  if (!ctx.admin) throw invalidParameter("Initiate Auth method not supported.");
  requireFlow(ctx.client, "ALLOW_ADMIN_USER_PASSWORD_AUTH");
  return passwordSignIn(ctx);
};

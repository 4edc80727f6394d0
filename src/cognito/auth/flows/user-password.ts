import { invalidParameter } from "../../../wire/errors.js";
import { requireFlow } from "../explicit-flows.js";
import { passwordSignIn } from "../password-sign-in.js";
import type { InitiateFlow } from "./types.js";

/** USER_PASSWORD_AUTH (InitiateAuth only): needs ALLOW_USER_PASSWORD_AUTH, which clients do not have by default. */
export const userPasswordAuth: InitiateFlow = async (ctx) => {
  if (ctx.admin) throw invalidParameter("Initiate Auth method not supported.");
  requireFlow(ctx.client, "ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH flow not enabled for this client");
  return passwordSignIn(ctx);
};

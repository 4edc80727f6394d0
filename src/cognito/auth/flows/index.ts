import { adminUserPasswordAuth } from "./admin-user-password.js";
import { customAuth } from "./custom-auth.js";
import { refreshTokenAuth } from "./refresh-token.js";
import type { InitiateFlow } from "./types.js";
import { userPasswordAuth } from "./user-password.js";
import { userSrpAuth } from "./user-srp.js";

export type { FlowContext, InitiateFlow } from "./types.js";

/**
 * The AuthFlows InitiateAuth and AdminInitiateAuth answer, by AWS name. A flow refuses the API it does not
 * belong to (ctx.admin) and checks the client's ExplicitAuthFlows itself. Add a flow: one file, one line.
 */
export const INITIATE_FLOWS: Record<string, InitiateFlow> = {
  USER_PASSWORD_AUTH: userPasswordAuth,
  USER_SRP_AUTH: userSrpAuth,
  ADMIN_USER_PASSWORD_AUTH: adminUserPasswordAuth,
  ADMIN_NO_SRP_AUTH: adminUserPasswordAuth,
  REFRESH_TOKEN_AUTH: refreshTokenAuth,
  REFRESH_TOKEN: refreshTokenAuth,
  CUSTOM_AUTH: customAuth,
};

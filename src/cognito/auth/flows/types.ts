import type { AuthResponse, AuthScope } from "../types.js";

/** One InitiateAuth/AdminInitiateAuth AuthFlow. `params` are the AuthParameters as sent. */
export interface FlowContext extends AuthScope {
  params: Record<string, string>;
}

export type InitiateFlow = (ctx: FlowContext) => Promise<AuthResponse>;

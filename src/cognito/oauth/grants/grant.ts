import type { IncomingMessage } from "node:http";
import type { HostedUiContext } from "../../hosted-ui/context.js";
import type { AuthenticatedClient } from "../client-auth.js";

/** What a grant module gets once the token endpoint's common checks passed. */
export interface GrantInput {
  ctx: HostedUiContext;
  req: IncomingMessage;
  form: URLSearchParams;
  auth: AuthenticatedClient;
}

/** One `grant_type` of POST /oauth2/token; returns the JSON token response or throws an OAuthError. */
export interface Grant {
  grantType: string;
  run(input: GrantInput): Promise<Record<string, unknown>> | Record<string, unknown>;
}

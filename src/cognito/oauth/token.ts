import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import { OAuthError } from "../../wire/errors.js";
import type { HostedUiContext } from "../hosted-ui/context.js";
import { isFormEncoded, readForm } from "../hosted-ui/form.js";
import { type AuthenticatedClient, authenticateClient } from "./client-auth.js";
import { authorizationCodeGrant } from "./grants/authorization-code.js";
import { clientCredentialsGrant } from "./grants/client-credentials.js";
import type { Grant } from "./grants/grant.js";
import { refreshTokenGrant } from "./grants/refresh-token.js";
import { sendMethodNotAllowed, sendOAuthError, sendOAuthJson } from "./respond.js";

/** The three grants Cognito supports; there is no `password` grant. */
export const GRANTS: Record<string, Grant> = Object.fromEntries(
  [authorizationCodeGrant, refreshTokenGrant, clientCredentialsGrant].map((g) => [g.grantType, g]),
);

/** A token request as it moves through the checks. */
interface TokenRequest {
  ctx: HostedUiContext;
  req: IncomingMessage;
  form?: URLSearchParams;
  grant?: Grant;
  auth?: AuthenticatedClient;
}

/** AWS answers a request that is not a form-encoded POST with 405 and an empty body. */
class NotAFormPost extends Error {}

interface Check {
  name: string;
  run(t: TokenRequest): void | Promise<void>;
}

/** The checks every token request passes, in order, before its grant module runs. */
export const TOKEN_CHECKS: Check[] = [
  {
    name: "post-only",
    run: ({ req }) => {
      if (req.method !== "POST") throw new NotAFormPost();
    },
  },
  {
    // Includes a quoted or JSON content type: observed as 405 with an empty body (amazon-cognito-auth-js#52).
    name: "form-encoded",
    run: ({ req }) => {
      if (!isFormEncoded(req)) throw new NotAFormPost();
    },
  },
  {
    name: "form-readable",
    run: async (t) => {
      const form = await readForm(t.req);
      if (!form) throw new OAuthError("invalid_request", 400, "body too large");
      // A JSON document sent with the form content type parses as one odd key: observed as invalid_request.
      const keys = [...form.keys()];
      if (keys.length === 1 && keys[0]?.trimStart().startsWith("{")) throw new OAuthError("invalid_request", 400, "JSON body with a form content type");
      t.form = form;
    },
  },
  {
    // RFC 6749 3.2: request parameters must not be included more than once.
    name: "parameters-not-repeated",
    run: ({ form }) => {
      const keys = [...(form as URLSearchParams).keys()];
      if (new Set(keys).size !== keys.length) throw new OAuthError("invalid_request", 400, "a parameter is repeated");
    },
  },
  {
    name: "grant-type-present",
    run: ({ form }) => {
      if (!form?.get("grant_type")) throw new OAuthError("invalid_request", 400, "grant_type is missing");
    },
  },
  {
    name: "grant-type-supported",
    run: (t) => {
      const g = GRANTS[t.form?.get("grant_type") ?? ""];
      if (!g) throw new OAuthError("unsupported_grant_type", 400, `grant_type ${t.form?.get("grant_type")} is not supported`);
      t.grant = g;
    },
  },
  {
    name: "client-authenticated",
    run: (t) => {
      t.auth = authenticateClient(t.ctx.s.cognito, t.req, t.form as URLSearchParams, 400, t.ctx.domainPool);
    },
  },
];

/** POST /oauth2/token (AWS Developer Guide, "token endpoint"). */
export async function tokenEndpoint(ctx: HostedUiContext, req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const t: TokenRequest = { ctx, req };
  let step = "";
  try {
    for (const check of TOKEN_CHECKS) {
      step = check.name;
      await check.run(t);
    }
    step = `grant:${t.grant?.grantType}`;
    const body = await (t.grant as Grant).run({ ctx, req, form: t.form as URLSearchParams, auth: t.auth as AuthenticatedClient });
    sendOAuthJson(res, body);
  } catch (e) {
    if (e instanceof NotAFormPost) {
      ctx.s.log.debug("token request refused", { requestId: info.requestId, step, status: 405 });
      req.resume();
      sendMethodNotAllowed(res);
      return;
    }
    if (!(e instanceof OAuthError)) throw e;
    ctx.s.log.debug("token request refused", { requestId: info.requestId, step, error: e.error, cause: e.description });
    sendOAuthError(res, e);
  }
}

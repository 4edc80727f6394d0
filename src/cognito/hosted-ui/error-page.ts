import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo } from "../../http/exchange.js";
import type { HostedUiContext } from "./context.js";
import { escapeHtml } from "./escape.js";
import { sendPage } from "./page.js";

/**
 * GET /error: where Cognito sends the browser when it cannot trust the redirect URI, e.g.
 * `/error?error=redirect_mismatch&client_id=…` (observed: aws/aws-aspnet-cognito-identity-provider#167).
 */
export async function errorPage(_ctx: HostedUiContext, _req: IncomingMessage, res: ServerResponse, info: RequestInfo): Promise<void> {
  const error = info.url.searchParams.get("error") ?? "";
  const clientId = info.url.searchParams.get("client_id") ?? "";
  const html = `<p id="message">An error was encountered with the requested page.</p>
${error ? `<p>Error: <code id="error-code">${escapeHtml(error)}</code></p>` : ""}${clientId ? `<p>Client: <code id="client-id">${escapeHtml(clientId)}</code></p>` : ""}`;
  sendPage(res, error ? 400 : 200, { title: "Error", html });
}

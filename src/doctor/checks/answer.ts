import { EXPLICIT_DENY_MESSAGE, NOT_ALLOWED_MESSAGE } from "../../checks/authorizer/lambda.js";
import { type Finding, finding } from "../../checks/types.js";

/**
 * `request.answer` (doctor only, --send): what the API actually answered, read against the symptom table of
 * API Gateway 401/403 answers (status + message + x-amzn-ErrorType), and whether it is the answer the checks predicted.
 */
export const ID = "request.answer";

export interface Answer {
  status: number;
  body: string;
  errorType?: string;
}

/** The symptom an answer shows, as a message key suffix. */
export function symptomOf(a: Answer): string {
  let message: string | null | undefined;
  try {
    const j = JSON.parse(a.body) as { message?: string | null; Message?: string };
    // {"message":null} is its own answer (authorizer configuration error): keep the null.
    message = j.message === null ? null : (j.message ?? j.Message);
  } catch {
    message = undefined;
  }
  const m = message ?? "";
  if (a.status >= 200 && a.status < 300) return "success";
  if (a.status === 401 && m === "The incoming token has expired") return "expired";
  if (a.status === 401) return "unauthorized";
  if (a.status === 403 && m === "Missing Authentication Token") return "missing-auth-token";
  if (a.status === 403 && (/not a valid key=value pair/.test(m) || /requires 'Credential' parameter/.test(m))) return "sigv4-message";
  // A Lambda authorizer's policy, not the API's resource policy (whose messages start "User: <principal> is not...").
  if (a.status === 403 && m === EXPLICIT_DENY_MESSAGE) return "authorizer-deny";
  if (a.status === 403 && m === NOT_ALLOWED_MESSAGE) return "authorizer-no-allow";
  if (a.status === 403 && /explicit deny/.test(m)) return "policy-deny";
  if (a.status === 403 && /is not authorized to perform: execute-api:Invoke/.test(m)) return "policy-no-allow";
  if (a.status === 403 && m === "Forbidden") return "forbidden";
  if (a.status === 500 && message === null) return "authorizer-config";
  // Past the authorizer: the integration (or its response mapping) failed, not the authentication.
  if (a.status >= 500 && (m === "Internal server error" || a.status === 502 || a.status === 504)) return "integration";
  return "other";
}

/**
 * Reads the answer, and holds it against the prediction of the gateway's own steps: a different status, or for a
 * refusal a different body, is a failing finding (the configuration read and the endpoint called differ).
 */
export function checkAnswer(a: Answer, predicted: { status: number; body?: string } | undefined): Finding {
  const symptom = symptomOf(a);
  const shown = (b: string) => (b.length > 200 ? `${b.slice(0, 200)}…` : b);
  const params = { status: a.status, body: shown(a.body), predicted: predicted ? predicted.status : "-" };
  const sameStatus = !predicted || predicted.status === a.status || (predicted.status === 200 && predicted.body === undefined && a.status < 400);
  const sameBody = !predicted || predicted.body === undefined || predicted.status !== a.status || sameJson(predicted.body, a.body);
  if (!sameStatus || !sameBody)
    return finding(ID, "fail", "unexpected", {
      params: { ...params, symptom, predictedBody: shown(predicted?.body ?? "") },
      actual: { status: a.status, body: a.body },
      expected: predicted,
    });
  return finding(ID, a.status >= 400 ? "fail" : "pass", symptom, { params, actual: a.status });
}

/**
 * A refusal a browser cannot read: the request came from a page (it carries Origin) and the answer has no
 * Access-Control-Allow-Origin, so the browser reports a CORS error and hides the status and body from the page.
 */
export function hiddenByCors(status: number, requestHeaders: Record<string, string>, answerHeaders: Record<string, string>): boolean {
  const has = (h: Record<string, string>, name: string) => Object.keys(h).some((k) => k.toLowerCase() === name);
  return status >= 400 && has(requestHeaders, "origin") && !has(answerHeaders, "access-control-allow-origin");
}

/** Bodies compared as JSON where both are JSON (key order and spacing aside), else as text. */
function sameJson(x: string, y: string): boolean {
  try {
    return JSON.stringify(JSON.parse(x)) === JSON.stringify(JSON.parse(y));
  } catch {
    return x === y;
  }
}

import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/**
 * `authorizer.identity-validation-expression`: when set, the ID token's `aud` must match the regex (AWS docs:
 * CreateAuthorizer identityValidationExpression; an access token has no `aud`, so it always fails).
 * AWS evaluates a Java regex against the whole value (String.matches); we anchor the JavaScript regex the same way.
 */
export const identityValidationCheck = defineCheck("authorizer.identity-validation-expression", "authorizer", {
  "not-set": "skip",
  ok: "pass",
  "no-aud": "fail",
  mismatch: "fail",
  "bad-regex": "fail",
});

export function checkIdentityValidation(payload: Record<string, unknown>, expression: string | undefined): Finding {
  const f = identityValidationCheck.finding;
  if (!expression) return f("not-set");
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${expression})$`);
  } catch {
    return f("bad-regex", { params: { expression }, actual: expression, expected: "a valid regular expression" });
  }
  const aud = payload.aud;
  if (typeof aud !== "string") return f("no-aud", { params: { expression }, actual: aud ?? null, expected: `aud matching ${expression}` });
  if (!re.test(aud)) return f("mismatch", { params: { expression, aud }, actual: aud, expected: expression });
  return f("ok", { params: { expression, aud } });
}

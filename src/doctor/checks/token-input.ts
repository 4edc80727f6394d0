import { type Finding, finding } from "../../checks/types.js";
import type { TokenInput } from "../inputs/token-input.js";

/**
 * `token.input` (doctor only): what broke the pasted token, and the repaired token to try. The gateway sees the
 * broken string and answers 401; the doctor goes on with the repaired one so the other checks can still speak.
 */
export const ID = "token.input";

export function checkTokenInput(input: TokenInput): Finding {
  const broken = input.damage.filter((d) => d !== "header-line");
  if (broken.length === 0) return finding(ID, "pass", "clean");
  const first = broken[0];
  const params: Record<string, string> = { all: broken.join(", ") };
  if (input.repaired) params.repaired = `${input.repaired.slice(0, 24)}…${input.repaired.slice(-12)}`;
  return finding(ID, "fail", first, { params, actual: broken, expected: "header.payload.signature (3 base64url parts, nothing else)" });
}

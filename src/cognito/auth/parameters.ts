import { invalidParameter } from "../../wire/errors.js";

/** An AuthParameters / ChallengeResponses entry AWS requires: "Missing required parameter USERNAME". */
export function requireParameter(params: Record<string, string>, name: string): string {
  const v = params[name];
  if (v === undefined || v === "") throw invalidParameter(`Missing required parameter ${name}`);
  return v;
}

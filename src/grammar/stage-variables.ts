const REFERENCE = /\$\{stageVariables\.([A-Za-z0-9_]+)\}/g;

/** Whether a string names a stage variable (`${stageVariables.name}`). */
export const hasStageVariables = (s: string): boolean => s.includes("${stageVariables.");

/**
 * Replaces `${stageVariables.name}` (AWS docs "Stage variables reference": integration URIs, Lambda function ARNs,
 * Cognito provider ARNs). A variable the stage does not define becomes the empty string, so an ARN that names it
 * stays broken (and is refused as such) rather than keeping a literal `${...}`.
 */
export function substituteStageVariables(s: string, vars: Readonly<Record<string, string>> | undefined): string {
  if (!hasStageVariables(s)) return s;
  return s.replace(REFERENCE, (_, name: string) => (vars && Object.hasOwn(vars, name) ? vars[name] : ""));
}

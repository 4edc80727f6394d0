/** Check ids only the doctor reports (the gateway's are in src/checks/registry.ts, the OAuth ones in src/checks/oauth). */
export const DOCTOR_CHECK_IDS = [
  "api.deployed",
  "authorizer.test-invoke",
  "api.product",
  "api.private-endpoint",
  "token.input",
  "token.clock-skew",
  "token.audience",
  "request.answer",
] as const;

import type { AuthorizationType } from "../../shapes/apigateway.js";
import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/**
 * `method.authorization-type`: which authorizer protects the method. AWS_IAM methods want SigV4 (a JWT there gets
 * a SigV4 parsing error); a CUSTOM (Lambda) authorizer decides by its own code (`authorizer.lambda`).
 */
export const authorizationTypeCheck = defineCheck("method.authorization-type", "request", {
  none: "pass",
  cognito: "pass",
  "aws-iam": "fail",
  custom: "warn",
});

export function checkAuthorizationType(type: AuthorizationType | undefined): Finding {
  const f = authorizationTypeCheck.finding;
  switch (type ?? "NONE") {
    case "COGNITO_USER_POOLS":
      return f("cognito");
    case "AWS_IAM":
      return f("aws-iam", { actual: "AWS_IAM", expected: "COGNITO_USER_POOLS" });
    case "CUSTOM":
      return f("custom", { actual: "CUSTOM", expected: "COGNITO_USER_POOLS" });
    default:
      return f("none");
  }
}

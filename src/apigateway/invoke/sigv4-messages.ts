/**
 * What API Gateway answers when an Authorization header reaches a route it does not have (or an AWS_IAM method):
 * it tries to parse the header as SigV4 and reports why it cannot. Wording from captures collected in
 * serverless/serverless#3205, amazon-archives/aws-cognito-angular-quickstart#50 and test suites asserting it.
 */
export function sigv4ParseError(authorization: string): string {
  const value = authorization.trim();
  const space = value.indexOf(" ");
  if (space > 0) {
    const pairs = value.slice(space + 1).split(",");
    const bad = pairs.map((p) => p.trim()).find((p) => !p.includes("="));
    if (bad !== undefined) return `'${bad}' not a valid key=value pair (missing equal-sign) in Authorization header: '${value}'.`;
  }
  return (
    "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
    "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. " +
    `Authorization=${value}`
  );
}

export const isSigV4 = (authorization: string) => authorization.trim().startsWith("AWS4-HMAC-SHA256 ");

/** AWS's answer to a SigV4 signature it cannot match (poolgate holds no IAM credentials to check one). */
export const SIGNATURE_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

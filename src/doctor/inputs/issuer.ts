import { awsIssuer } from "../../urls.js";

const AWS_ISSUER = /^https:\/\/cognito-idp\.([a-z0-9-]+)\.amazonaws\.com\/(([a-z0-9-]+)_[0-9a-zA-Z]+)$/;
/** poolgate's local issuer form: its own base URL + "/" + pool id, on a loopback address. */
const LOCAL_ISSUER = /^https?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?\/(([a-z0-9-]+)_[0-9a-zA-Z]+)$/;

/** The user pool an issuer names: the AWS form, poolgate's loopback form, or {endpointUrl}/{poolId}. */
export function poolIdOfIssuer(iss: string, endpointUrl?: string): string | undefined {
  const aws = AWS_ISSUER.exec(iss);
  if (aws) return aws[1] === aws[3] ? aws[2] : undefined;
  const local = LOCAL_ISSUER.exec(iss);
  if (local) return local[1];
  if (endpointUrl && iss.startsWith(`${endpointUrl}/`)) {
    const rest = iss.slice(endpointUrl.length + 1);
    if (/^[a-z0-9-]+_[0-9a-zA-Z]+$/.test(rest)) return rest;
  }
  return undefined;
}

/**
 * Where the issuer's signing keys are: {iss}/.well-known/jwks.json (Cognito: "Verifying a JSON web token"). With
 * --endpoint-url an AWS-form issuer is looked up at the emulator instead, which serves the same path per pool.
 */
export function jwksUrlOf(iss: string, poolId: string, endpointUrl?: string): string {
  if (endpointUrl && iss === awsIssuer(poolId)) return `${endpointUrl}/${poolId}/.well-known/jwks.json`;
  return `${iss}/.well-known/jwks.json`;
}

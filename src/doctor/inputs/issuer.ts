import { poolIdOfIssuer } from "../../grammar/issuer.js";
import { awsIssuer } from "../../urls.js";

/** The pool an issuer names, by the gateway's own rule, trusting the endpoint the doctor was pointed at. */
export const doctorIssuerPool =
  (endpointUrl: string | undefined) =>
  (iss: string): string | undefined =>
    poolIdOfIssuer(iss, endpointUrl ? [endpointUrl] : []);

/**
 * Where the issuer's signing keys are: {iss}/.well-known/jwks.json (Cognito: "Verifying a JSON web token"). With
 * --endpoint-url an AWS-form issuer is looked up at the emulator instead, which serves the same path per pool.
 */
export function jwksUrlOf(iss: string, poolId: string, endpointUrl?: string): string {
  if (endpointUrl && iss === awsIssuer(poolId)) return `${endpointUrl}/${poolId}/.well-known/jwks.json`;
  return `${iss}/.well-known/jwks.json`;
}

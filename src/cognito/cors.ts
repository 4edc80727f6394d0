import type { IncomingMessage } from "node:http";
import { CORS_HEADERS } from "../wire/aws-json.js";
import { AwsJsonError } from "../wire/errors.js";
import type { Operation } from "./operation.js";

/**
 * Which Cognito API answers a web page may read. AWS marks some operations as needing no SigV4 (`auth: "none"`
 * in the registry, the Smithy model's `smithy.api#optionalAuth`; AWS SDK for JavaScript v3 sends them unsigned):
 * InitiateAuth, RespondToAuthChallenge, SignUp, GetUser... Browser SDKs call those, so they keep
 * `Access-Control-Allow-Origin: *`. The others need AWS credentials on AWS; poolgate checks no signature, so a
 * CORS header there would let any page in the user's browser list users or create admins.
 */
export const corsHeadersFor = (op: Operation | undefined): Record<string, string> => (op?.auth === "none" ? CORS_HEADERS : {});

// Headers a SigV4-signed request carries: a page that asks to send them is signing, which only SigV4 operations need.
const SIGNING_HEADERS = new Set(["authorization", "x-amz-security-token"]);

/**
 * The preflight of POST / names no operation (X-Amz-Target's value is not sent), so it is answered for the public
 * operations: every requested header except the signing ones.
 */
export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = String(req.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter((h) => h !== "" && !SIGNING_HEADERS.has(h.toLowerCase()));
  return {
    ...CORS_HEADERS,
    "access-control-allow-methods": "POST",
    "access-control-allow-headers": requested.length ? requested.join(",") : "content-type,x-amz-target,x-amz-user-agent",
    "access-control-max-age": "86400",
  };
}

/**
 * A SigV4-only operation sent by a web page of another origin: on AWS the page would need credentials it cannot
 * have; here the unread answer would not stop the side effect (AdminCreateUser still runs), so it is refused as AWS
 * refuses an unsigned call (aws/aws-sdk-cpp#1622, aws/aws-sdk-net-extensions-cognito#95).
 */
export function refuseCrossOriginSigV4(op: Operation | undefined, req: IncomingMessage, ownOrigin: string): void {
  const origin = req.headers.origin;
  if (op?.auth !== "iam" || origin === undefined || origin === ownOrigin) return;
  throw new AwsJsonError("MissingAuthenticationTokenException", "Missing Authentication Token");
}

import { RestJsonError } from "../../wire/errors.js";

/**
 * API Gateway's per-API quotas that poolgate enforces, with AWS's default values ("Quotas for configuring
 * and running a REST API in API Gateway": Resources per API 300). Beyond them AWS refuses; poolgate does
 * too, which also bounds the work a single import can ask of the server.
 */
export const MAX_RESOURCES_PER_API = 300;

/**
 * AWS's answer when an API would hold more resources than its quota: LimitExceededException (HTTP 429 in
 * the API Gateway model) with this message, as reported from ImportRestApi in boto/boto3#1296.
 */
export const resourceLimitExceeded = () =>
  new RestJsonError(
    "LimitExceededException",
    "Maximum number of Resources for this API has been reached.  Please contact AWS if you need additional Resources.",
    429,
  );

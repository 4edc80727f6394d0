import { ACCOUNT_ID } from "../../account.js";
import { RestJsonError } from "../../wire/errors.js";

/**
 * The control plane's errors with AWS's wording. Messages marked [recorded] were captured from real AWS by
 * LocalStack's AWS-validated snapshot tests; the others follow moto's copies of AWS messages or AWS docs.
 */
export const badRequest = (message: string) => new RestJsonError("BadRequestException", message, 400);
export const notFound = (message: string) => new RestJsonError("NotFoundException", message, 404);
export const conflict = (message: string) => new RestJsonError("ConflictException", message, 409);

/** [recorded] AWS names the account and the id it could not find. */
export const apiNotFound = (restApiId: string) => notFound(`Invalid API identifier specified ${ACCOUNT_ID}:${restApiId}`);
export const resourceNotFound = () => notFound("Invalid Resource identifier specified");
export const methodNotFound = () => notFound("Invalid Method identifier specified");
export const integrationNotFound = () => notFound("Invalid Integration identifier specified");
export const methodResponseNotFound = () => notFound("Invalid Response status code specified");
export const authorizerNotFound = () => notFound("Invalid Authorizer identifier specified");
export const deploymentNotFound = () => notFound("Invalid Deployment identifier specified");
export const stageNotFound = () => notFound("Invalid Stage identifier specified");
export const gatewayResponseNotDefined = () => notFound("Gateway response type not defined on api");
/** [recorded] CreateAuthorizer on an API that does not exist answers 409, not 404. */
export const concurrentModification = () => conflict("Unable to complete operation due to concurrent modification. Please try again later.");
export const apiKeyNotFound = () => notFound("Invalid API Key identifier specified");
export const usagePlanNotFound = () => notFound("Invalid Usage Plan ID specified");

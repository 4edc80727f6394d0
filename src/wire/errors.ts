/**
 * Errors carry their wire form. Each family is rendered in exactly one place:
 * AwsJsonError by wire/aws-json.ts, RestJsonError by wire/rest-json.ts, OAuthError by the OAuth endpoints.
 */

/** An AWS JSON 1.1 error (Cognito): HTTP status, `__type`, `message`. Client errors are 400, even NotAuthorized. */
export class AwsJsonError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}

export const cognitoError = (type: string, message: string, status = 400) => new AwsJsonError(type, message, status);

export const invalidParameter = (message: string) => new AwsJsonError("InvalidParameterException", message);
export const notAuthorized = (message: string) => new AwsJsonError("NotAuthorizedException", message);
export const resourceNotFound = (message: string) => new AwsJsonError("ResourceNotFoundException", message);
export const userNotFound = () => new AwsJsonError("UserNotFoundException", "User does not exist.");
export const internalError = () => new AwsJsonError("InternalErrorException", "An internal error occurred.", 500);

/** An API Gateway control-plane (REST-JSON) error: `{"message"}` + `x-amzn-ErrorType`. */
export class RestJsonError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = type;
  }
}

/** An OAuth 2.0 endpoint error: `{"error": code}` with its HTTP status. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly status = 400,
    readonly description?: string,
  ) {
    super(description ?? error);
    this.name = "OAuthError";
  }
}

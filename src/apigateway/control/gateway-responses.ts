import { RestJsonError } from "../../wire/errors.js";
import { GATEWAY_RESPONSE_TYPES, type GatewayResponseType } from "../gateway-responses/defaults.js";
import { badRequest } from "./errors.js";

/** The path's response type must be one of the 21 (an enum in the AWS model, hence a ValidationException). */
export function checkResponseType(type: string): GatewayResponseType {
  if (!(GATEWAY_RESPONSE_TYPES as string[]).includes(type))
    throw new RestJsonError(
      "ValidationException",
      `1 validation error detected: Value '${type}' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: [${GATEWAY_RESPONSE_TYPES.join(", ")}]`,
      400,
    );
  return type as GatewayResponseType;
}

export function checkResponseStatus(code: unknown): string | undefined {
  if (code === undefined || code === null || code === "") return undefined;
  if (typeof code !== "string" || !/^[1-5]\d\d$/.test(code)) throw badRequest(`Invalid status code specified: ${String(code)}`);
  return code;
}

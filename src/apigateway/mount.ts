import type { Mount } from "../server/http.js";
import type { Services } from "../services.js";

/** API Gateway: control plane (REST-JSON) and the invoke path. */
export function apigatewayMounts(_s: Services): Mount[] {
  return [];
}

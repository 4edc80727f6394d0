import type { Mount } from "../../server/http.js";
import type { Services } from "../../services.js";

/** Hosted UI and OAuth 2.0 endpoints, by domain host and at the server root. */
export function hostedUiMounts(_s: Services): Mount[] {
  return [];
}

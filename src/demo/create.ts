import type { Services } from "../services.js";

/** `poolgate start --demo`: filled in with the API Gateway work. */
export async function createDemo(_s: Services): Promise<string> {
  return "poolgate: --demo is not available yet\n";
}

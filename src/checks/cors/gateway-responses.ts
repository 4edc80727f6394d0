import { defineCheck } from "../define.js";
import type { Finding } from "../types.js";

/**
 * `cors.gateway-responses`: gateway-generated errors (401, 403, 5xx) carry no CORS headers unless the API
 * customises its gateway responses (PutGatewayResponse); a browser then hides the real error behind "CORS error".
 */
export const gatewayResponsesCorsCheck = defineCheck("cors.gateway-responses", "request", {
  "not-cross-origin": "skip",
  ok: "pass",
  missing: "warn",
});

export function checkGatewayResponseCors(r: { origin: string | undefined; responseType: string; responseHeaders: Record<string, string> }): Finding {
  const f = gatewayResponsesCorsCheck.finding;
  if (!r.origin) return f("not-cross-origin");
  const has = Object.keys(r.responseHeaders).some((k) => k.toLowerCase() === "access-control-allow-origin");
  if (has) return f("ok", { params: { responseType: r.responseType } });
  return f("missing", {
    params: { responseType: r.responseType, origin: r.origin },
    actual: "no Access-Control-Allow-Origin",
    expected: `gatewayresponse.header.Access-Control-Allow-Origin on ${r.responseType}`,
  });
}

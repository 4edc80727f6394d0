import assert from "node:assert/strict";
import type { IncomingMessage } from "node:http";
import { test } from "node:test";
import type { RequestInfo } from "../http/exchange.js";
import { Captures } from "./captures.js";

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString("base64url");
const TOKEN = `${b64({ kid: "k1", alg: "RS256" })}.${b64({ sub: "s-1", exp: 1 })}.c2lnbmF0dXJl`;

const request = (authorization?: string) =>
  ({
    url: "/_aws/execute-api/a1/dev/pets",
    headers: { host: "127.0.0.1:4599", authorization },
    rawHeaders: ["Host", "127.0.0.1:4599", ...(authorization ? ["Authorization", authorization] : [])],
  }) as unknown as IncomingMessage;
const info = (requestId: string) => ({ requestId }) as RequestInfo;

test("a capture decodes the token with or without its scheme, and holds no signature", () => {
  const c = new Captures(10);
  for (const [id, header] of [
    ["bare", TOKEN],
    ["bearer", `Bearer ${TOKEN}`],
    ["lower", `bearer ${TOKEN}`],
  ] as const)
    c.take(request(header), info(id));
  for (const id of ["bare", "bearer", "lower"]) {
    const got = c.get(id);
    assert.deepEqual(got?.token, { header: { kid: "k1", alg: "RS256" }, payload: { sub: "s-1", exp: 1 } }, id);
    assert.ok(!JSON.stringify(got).includes("c2lnbmF0dXJl"), id);
  }
  c.take(request("opaque-value"), info("opaque"));
  assert.equal(c.get("opaque")?.token, undefined);
  c.take(request(), info("none"));
  assert.deepEqual(c.get("none")?.headers, [["Host", "127.0.0.1:4599"]]);
});

test("only the last `capacity` requests are kept", () => {
  const c = new Captures(3);
  for (const id of ["a", "b", "c", "d"]) c.take(request(), info(id));
  assert.equal(c.get("a"), undefined);
  assert.deepEqual(
    ["b", "c", "d"].map((id) => c.get(id)?.requestId),
    ["b", "c", "d"],
  );
});

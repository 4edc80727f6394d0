import assert from "node:assert/strict";
import type { IncomingMessage } from "node:http";
import { describe, it } from "node:test";
import { fromConsolePage } from "./same-origin.js";

const request = (headers: Record<string, string>, encrypted = false) => ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

describe("fromConsolePage: only the console's own page may change state", () => {
  const base = "http://127.0.0.1:4599";
  const cases: { name: string; headers: Record<string, string>; encrypted?: boolean; publicBase?: string; expected: boolean }[] = [
    { name: "the page on loopback", headers: { host: "127.0.0.1:4599", origin: "http://127.0.0.1:4599", "sec-fetch-site": "same-origin" }, expected: true },
    { name: "localhost, without Sec-Fetch-Site", headers: { host: "localhost:4599", origin: "http://localhost:4599" }, expected: true },
    { name: "IPv6 loopback", headers: { host: "[::1]:4599", origin: "http://[::1]:4599" }, expected: true },
    { name: "https on the same port", headers: { host: "localhost:4599", origin: "https://localhost:4599" }, encrypted: true, expected: true },
    { name: "http origin on a TLS socket", headers: { host: "localhost:4599", origin: "http://localhost:4599" }, encrypted: true, expected: false },
    { name: "no Origin", headers: { host: "127.0.0.1:4599" }, expected: false },
    { name: "another site", headers: { host: "127.0.0.1:4599", origin: "http://evil.example" }, expected: false },
    { name: "another port", headers: { host: "127.0.0.1:4599", origin: "http://127.0.0.1:8080" }, expected: false },
    { name: "a sandboxed frame", headers: { host: "127.0.0.1:4599", origin: "null" }, expected: false },
    {
      name: "cross-site fetch metadata",
      headers: { host: "127.0.0.1:4599", origin: "http://127.0.0.1:4599", "sec-fetch-site": "cross-site" },
      expected: false,
    },
    { name: "DNS rebinding", headers: { host: "evil.example:4599", origin: "http://evil.example:4599" }, expected: false },
    {
      name: "the host of --public-url",
      headers: { host: "dev.box:4599", origin: "http://dev.box:4599" },
      publicBase: "http://dev.box:4599",
      expected: true,
    },
  ];
  for (const c of cases) it(c.name, () => assert.equal(fromConsolePage(request(c.headers, c.encrypted), c.publicBase ?? base), c.expected));
});

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ConfigError, resolveConfig } from "./config.js";

describe("resolveConfig: the options the edge and the CLI check", () => {
  const dir = mkdtempSync(join(tmpdir(), "poolgate-config-"));
  const handler = join(dir, "h.mjs");
  writeFileSync(handler, "export const handler = async () => ({});\n");

  it("reads repeatable --allowed-host and POOLGATE_ALLOWED_HOSTS, lower-cased, brackets off IPv6", () => {
    assert.deepEqual(resolveConfig({ allowedHosts: ["Dev.LAN", "*.corp.test", "[fe80::1]"] }, {}).allowedHosts, ["dev.lan", "*.corp.test", "fe80::1"]);
    assert.deepEqual(resolveConfig({}, { POOLGATE_ALLOWED_HOSTS: "a.test, host.docker.internal" }).allowedHosts, ["a.test", "host.docker.internal"]);
    assert.deepEqual(resolveConfig({}, {}).allowedHosts, []);
  });

  const refused: [string, Record<string, unknown>, RegExp][] = [
    ["an allowed host with a scheme", { allowedHosts: ["http://dev.lan"] }, /--allowed-host must be a host name/],
    ["an allowed host with a port", { allowedHosts: ["dev.lan:8080"] }, /--allowed-host must be/],
    ["a wildcard in the middle", { allowedHosts: ["a.*.test"] }, /--allowed-host must be/],
    ["a public URL that is not a URL", { publicUrl: "notaurl" }, /--public-url must be an http:\/\/ or https:\/\/ URL/],
    ["a public URL of another scheme", { publicUrl: "ftp://localhost" }, /--public-url must be/],
    ["a public URL with a query", { publicUrl: "http://localhost:4599/?x=1" }, /without query/],
    ["a lambda without '='", { lambdas: ["foo"] }, /--lambda must be arnOrName=path\/to\/file\.js#handler, got 'foo'/],
    ["a lambda whose file is missing", { lambdas: [`fn=${join(dir, "missing.mjs")}#handler`] }, /no file .*missing\.mjs/],
  ];
  for (const [what, flags, message] of refused)
    it(`refuses ${what}`, () =>
      assert.throws(
        () => resolveConfig(flags, {}),
        (e: Error) => e instanceof ConfigError && message.test(e.message),
      ));

  it("accepts a public URL and a lambda whose file exists, from flags or the environment", () => {
    const c = resolveConfig({ publicUrl: "https://poolgate.example.org:8443", lambdas: [`fn=${handler}#handler`] }, {});
    assert.equal(c.publicUrl, "https://poolgate.example.org:8443");
    assert.deepEqual(c.lambdas, [`fn=${handler}#handler`]);
    assert.deepEqual(resolveConfig({}, { POOLGATE_LAMBDAS: `a=${handler}#handler,b=${handler}` }).lambdas, [`a=${handler}#handler`, `b=${handler}`]);
    rmSync(dir, { recursive: true, force: true });
  });
});

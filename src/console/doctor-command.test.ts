import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { parseCurl } from "../doctor/inputs/curl.js";

type Capture = { host: string; url: string; headers: [string, string][] };
// The front end's own module (plain ES, no DOM): imported by a computed name so tsc does not look for its types.
const modulePath = "./static/doctor-command.js";
const { doctorCommand } = (await import(modulePath)) as { doctorCommand: (r: { method: string }, c: Capture, scheme: string) => string };

/** The arguments a POSIX shell passes to poolgate for this command line, with TOKEN and API_KEY set. */
function argumentsOf(command: string): string[] {
  const line = command.replace(/^poolgate /, "printf '%s\\0' ");
  const out = execFileSync("sh", ["-c", line], { env: { PATH: process.env.PATH, TOKEN: "tok.en.sig", API_KEY: "key-1" } }).toString();
  return out.split("\0").slice(0, -1);
}

test("the copied command gives the doctor the request as curl sent it, credentials from the shell", () => {
  const cases: { name: string; method: string; capture: Capture; curl: string }[] = [
    {
      name: "bearer token and API key",
      method: "GET",
      capture: {
        host: "127.0.0.1:4599",
        url: "/_aws/execute-api/a1/dev/pets?x=1&y=2",
        headers: [
          ["Host", "127.0.0.1:4599"],
          ["Authorization", "Bearer eyJraWQi… (900 chars)"],
          ["x-api-key", "abcdefgh… (40 chars)"],
          ["user-agent", "curl/8"],
        ],
      },
      curl: "curl -H 'Authorization: Bearer tok.en.sig' -H 'x-api-key: key-1' 'http://127.0.0.1:4599/_aws/execute-api/a1/dev/pets?x=1&y=2'",
    },
    {
      name: "shell metacharacters in values stay literal",
      method: "POST",
      capture: {
        host: "a1.execute-api.localhost:4599",
        url: "/dev/it's",
        headers: [
          ["authorization", "eyJ… (10 chars)"],
          ["x-note", `"$HOME" \`id\` \\ 'q'`],
        ],
      },
      curl: `curl -X 'POST' -H 'authorization: tok.en.sig' -H 'x-note: "$HOME" \`id\` \\ '\\''q'\\''' 'http://a1.execute-api.localhost:4599/dev/it'\\''s'`,
    },
  ];
  for (const c of cases) {
    const command = doctorCommand({ method: c.method }, c.capture, "http:");
    assert.deepEqual(argumentsOf(command), ["doctor", "curl", c.curl], c.name);
    // And the doctor reads that curl line back as the request that was captured.
    const parsed = parseCurl(c.curl);
    assert.equal(parsed.method, c.method, c.name);
    assert.equal(parsed.url, `http://${c.capture.host}${c.capture.url}`, c.name);
    const note = c.capture.headers.find(([n]) => n === "x-note");
    if (note)
      assert.deepEqual(
        parsed.headers.find(([n]) => n === "x-note"),
        note,
        c.name,
      );
  }
});

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";

const ROOT = join(import.meta.dirname, "../..");
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
/** The article's example ID token payload, unsigned (the doctor decodes without trusting). */
const ARTICLE_ID_TOKEN = `${b64({ kid: "abc", alg: "RS256" })}.${b64({
  sub: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  aud: "xxxxxxxxxxxxexample",
  email_verified: true,
  token_use: "id",
  auth_time: 1500009400,
  iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_example",
  "cognito:username": "janedoe",
  exp: 1500013000,
  given_name: "Jane",
  iat: 1500009400,
  email: "janedoe@example.com",
})}.${"s".repeat(342)}`;

/** The real command line: `poolgate doctor` through src/cli/main.ts in its own process. */
function poolgate(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C", ...env },
  });
}

describe("poolgate doctor as a process", () => {
  it("exits 1 with a JSON verdict for the article's expired token, 0 when judged before exp", () => {
    const expired = poolgate(["doctor", "token", ARTICLE_ID_TOKEN, "--json", "--jwks-url", "http://127.0.0.1:9/jwks.json"]);
    assert.equal(expired.status, 1, expired.stderr);
    const report = JSON.parse(expired.stdout);
    assert.equal(report.verdict, "fail");
    assert.equal(report.findings.find((f: { id: string }) => f.id === "token.not-expired").status, "fail");
    const fresh = poolgate(["doctor", "token", ARTICLE_ID_TOKEN, "--json", "--jwks-url", "http://127.0.0.1:9/jwks.json", "--now", "2017-07-14T06:00:00Z"]);
    assert.equal(fresh.status, 0, fresh.stdout);
  });

  it("exits 2 with one line on stderr for garbage and for a bad option, and speaks Japanese under LANG=ja_JP", () => {
    const garbage = poolgate(["doctor", "token", "not-a-token"], { LANG: "ja_JP.UTF-8" });
    assert.equal(garbage.status, 2);
    assert.equal(garbage.stderr.trim().split("\n").length, 1, garbage.stderr);
    assert.match(garbage.stderr, /トークンではありません/);
    const badOption = poolgate(["doctor", "token", ARTICLE_ID_TOKEN, "--lang", "fr"]);
    assert.equal(badOption.status, 2);
  });
});

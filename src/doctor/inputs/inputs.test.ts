import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { poolIdOfIssuer } from "../../grammar/issuer.js";
import { UsageError } from "../usage-error.js";
import { parseCurl, shellWords } from "./curl.js";
import { parseInvokeUrl } from "./invoke-url.js";
import { readTokenInput } from "./token-input.js";

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const JWT = `${b64({ kid: "k", alg: "RS256" })}.${b64({ token_use: "id", iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_example" })}.${"s".repeat(342)}`;

describe("invoke URL forms", () => {
  const table: Array<[string, Record<string, unknown>]> = [
    [
      "https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/pets/1?x=1",
      { form: "aws", apiId: "a1b2c3d4e5", region: "eu-west-1", stageName: "prod", path: "/pets/1", query: "?x=1" },
    ],
    ["https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod", { stageName: "prod", path: "/" }],
    ["https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/", { stageName: "", path: "/" }],
    ["https://a1b2c3d4e5-vpce-0123abcd.execute-api.us-east-1.amazonaws.com/dev/x", { form: "aws-private", vpceId: "vpce-0123abcd", stageName: "dev" }],
    [
      "http://abc123.execute-api.localhost:4599/dev/pets",
      { form: "local-host", apiId: "abc123", localEndpoint: "http://127.0.0.1:4599", stageName: "dev", path: "/pets" },
    ],
    [
      "http://127.0.0.1:4599/_aws/execute-api/abc123/dev/pets/7",
      { form: "local-path", apiId: "abc123", localEndpoint: "http://127.0.0.1:4599", path: "/pets/7" },
    ],
    ["http://localhost:4599/restapis/abc123/dev/_user_request_/pets", { form: "local-legacy", apiId: "abc123", stageName: "dev", path: "/pets" }],
  ];
  for (const [url, expected] of table)
    it(url, () => {
      const u = parseInvokeUrl(url);
      const t: Record<string, unknown> = { ...u.target, query: u.query, localEndpoint: u.localEndpoint };
      for (const [k, v] of Object.entries(expected)) assert.equal(t[k], v, k);
    });

  it("names the product of a URL that is not an invoke URL", () => {
    const key = (u: string) => {
      try {
        parseInvokeUrl(u);
        return "parsed";
      } catch (e) {
        return (e as UsageError).key;
      }
    };
    assert.equal(key("https://x.appsync-api.us-east-1.amazonaws.com/graphql"), "doctor.usage.appsync-url");
    assert.equal(key("https://abc.lambda-url.us-east-1.on.aws/"), "doctor.usage.lambda-url");
    assert.equal(key("https://mydomain.auth.us-east-1.amazoncognito.com/login"), "doctor.usage.cognito-url");
    assert.equal(key("https://api.example.com/v1/pets"), "doctor.usage.not-invoke-url");
    assert.equal(key("not a url"), "doctor.usage.not-a-url");
  });
});

describe("curl commands", () => {
  it("splits words like a shell: quotes, escapes, line continuations", () => {
    assert.deepEqual(shellWords(`curl -H 'A: b c' "d\\"e" f\\ g \\\n -X POST`), ["curl", "-H", "A: b c", 'd"e', "f g", "-X", "POST"]);
  });
  it("reads method, headers, body and URL", () => {
    const r = parseCurl(
      `curl -sS --request post --header "Authorization: Bearer ${JWT}" -HOrigin:http://x -d '{"a":1}' https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/dev/pets`,
    );
    assert.equal(r.method, "POST");
    assert.equal(r.url, "https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/dev/pets");
    assert.deepEqual(r.headers, [
      ["Authorization", `Bearer ${JWT}`],
      ["Origin", "http://x"],
    ]);
    assert.equal(r.body, '{"a":1}');
  });
  it("defaults to GET, POST with a body, and refuses what is not curl", () => {
    assert.equal(parseCurl("curl https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/dev/").method, "GET");
    assert.equal(parseCurl("$ curl --data x=1 https://h/dev/").method, "POST");
    assert.throws(() => parseCurl("wget https://h/"), UsageError);
    assert.throws(() => parseCurl("curl -H 'unclosed https://h/"), UsageError);
  });
});

describe("what broke a pasted token", () => {
  const table: Array<[string, string, string[]]> = [
    ["clean", JWT, []],
    ["surrounding whitespace is not damage", `  ${JWT}\n`, []],
    ["a header line", `Authorization: Bearer ${JWT}`, ["header-line"]],
    ["spaces", JWT.replace(".", ". "), ["spaces"]],
    ["wrapped", `${JWT.slice(0, 30)}\n${JWT.slice(30)}`, ["line-break"]],
    ["quotes", `"${JWT}"`, ["quotes"]],
    ["json", `"IdToken": "${JWT}",`, ["json-fragment"]],
    ["double bearer", `Bearer Bearer ${JWT}`, ["double-bearer"]],
    ["zero-width space", `${JWT.slice(0, 10)}\u200b${JWT.slice(10)}`, ["invisible"]],
    ["url-encoded", JWT.replace(/\./g, "%2E"), ["url-encoded"]],
    ["ellipsis", `${JWT.slice(0, 200)}...`, ["ellipsis", "truncated"]],
    ["short signature", JWT.slice(0, -100), ["truncated"]],
  ];
  for (const [name, raw, damage] of table)
    it(name, () => {
      const r = readTokenInput(raw);
      assert.deepEqual(r.damage, damage);
      if (!damage.includes("truncated") && !damage.includes("ellipsis")) assert.equal(r.repaired, JWT);
    });
  it("a refresh token is a 5-part JWE", () => {
    const jwe = `${b64({ cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" })}.a.b.c.d`;
    assert.deepEqual(readTokenInput(jwe).damage, ["refresh-token"]);
  });
});

describe("routing and issuers", () => {
  it("knows the AWS issuer form and poolgate's loopback form", () => {
    assert.equal(poolIdOfIssuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_example"), "us-east-1_example");
    assert.equal(poolIdOfIssuer("https://cognito-idp.eu-west-1.amazonaws.com/us-east-1_example"), undefined);
    assert.equal(poolIdOfIssuer("http://127.0.0.1:4599/us-east-1_AbC123"), "us-east-1_AbC123");
    assert.equal(poolIdOfIssuer("https://login.example.com/us-east-1_AbC123"), undefined);
  });
});

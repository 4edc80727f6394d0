import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AwsJsonError } from "../../wire/errors.js";
import { checkDomainName, cloudFrontDistribution, domainVersion } from "./domain-name.js";

describe("checkDomainName", () => {
  const ok: [string, boolean][] = [
    ["a", false],
    ["my-app", false],
    ["a1-b2-c3", false],
    ["x".repeat(63), false],
    ["auth.example.com", true],
  ];
  const bad: [string, boolean, RegExp][] = [
    ["My-App", false, /regular expression pattern/],
    ["-app", false, /regular expression pattern/],
    ["app-", false, /regular expression pattern/],
    ["my_app", false, /regular expression pattern/],
    ["auth.example.com", false, /regular expression pattern/],
    ["x".repeat(64), false, /regular expression pattern/],
    ["myaws-app", false, /^Domain cannot contain reserved word: aws$/],
    ["amazon", false, /reserved word: amazon/],
    ["cognito-login", false, /reserved word: cognito/],
    ["not a host", true, /Invalid custom domain name/],
    ["localhost", true, /Invalid custom domain name/],
  ];
  for (const [d, custom] of ok) it(`accepts ${custom ? "custom" : "prefix"} ${d}`, () => assert.doesNotThrow(() => checkDomainName(d, custom)));
  for (const [d, custom, msg] of bad)
    it(`refuses ${custom ? "custom" : "prefix"} ${d}`, () =>
      assert.throws(
        () => checkDomainName(d, custom),
        (e: unknown) => e instanceof AwsJsonError && e.type === "InvalidParameterException" && msg.test(e.message),
      ));
});

describe("domain description values", () => {
  it("derives a stable CloudFront-shaped name", () => {
    assert.equal(cloudFrontDistribution("a"), cloudFrontDistribution("a"));
    assert.notEqual(cloudFrontDistribution("a"), cloudFrontDistribution("b"));
    assert.match(cloudFrontDistribution("a"), /^d[0-9a-f]{13}\.cloudfront\.net$/);
  });
  it("formats Version as yyyyMMddHHmmss UTC", () => assert.equal(domainVersion(1548697449), "20190128174409"));
});

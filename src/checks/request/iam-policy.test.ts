import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluatePolicy, expandResource, globMatch, ipInCidr } from "./iam-policy.js";

const scope = { region: "us-east-1", accountId: "123456789012", restApiId: "abc123" };
const arn = (stage: string, verb: string, path: string) => `arn:aws:execute-api:us-east-1:123456789012:abc123/${stage}/${verb}/${path}`;
const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const allow = (Resource: unknown, extra: object = {}) => ({ Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource, ...extra });
const deny = (Resource: unknown, extra: object = {}) => ({ Effect: "Deny", Principal: "*", Action: "execute-api:Invoke", Resource, ...extra });

describe("IAM resource-policy evaluation", () => {
  it("matches wildcards across path separators and single characters", () => {
    assert.ok(globMatch("arn:aws:execute-api:*:*:abc123/*", arn("dev", "GET", "a/b")));
    assert.ok(globMatch("a?c", "abc"));
    assert.ok(!globMatch("a?c", "abbc"));
    assert.ok(!globMatch("arn:aws:execute-api:*:*:abc123/prod/*", arn("dev", "GET", "x")));
  });

  it("expands the execute-api:/ shorthand", () => {
    assert.equal(expandResource("execute-api:/dev/GET/pets", scope), arn("dev", "GET", "pets"));
  });

  it("checks CIDR blocks for IPv4, IPv6 and IPv4-mapped addresses", () => {
    assert.ok(ipInCidr("192.0.2.7", "192.0.2.0/24"));
    assert.ok(!ipInCidr("192.0.3.7", "192.0.2.0/24"));
    assert.ok(ipInCidr("::ffff:127.0.0.1", "127.0.0.0/8"));
    assert.ok(ipInCidr("2001:db8::1", "2001:db8::/32"));
    assert.ok(!ipInCidr("2001:db9::1", "2001:db8::/32"));
    assert.ok(ipInCidr("10.1.2.3", "10.1.2.3"));
    assert.ok(!ipInCidr("10.1.2.3", "::/0"), "families never mix");
  });

  const cases: { name: string; policy: string; resource?: string; ip?: string; effect: string }[] = [
    { name: "allow all", policy: doc(allow("execute-api:/*")), effect: "allow" },
    { name: "allow other stage", policy: doc(allow("execute-api:/prod/*")), effect: "no-match" },
    { name: "allow verb", policy: doc(allow(["execute-api:/*/POST/*", "execute-api:/*/GET/pets"])), effect: "allow" },
    { name: "explicit deny wins", policy: doc(allow("*"), deny(arn("*", "GET", "*"))), effect: "explicit-deny" },
    { name: "deny by IP", policy: doc(allow("*"), deny("*", { Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } } })), effect: "explicit-deny" },
    {
      name: "deny outside IP list",
      policy: doc(allow("*"), deny("*", { Condition: { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } } })),
      ip: "198.51.100.1",
      effect: "explicit-deny",
    },
    {
      name: "deny outside IP list, inside",
      policy: doc(allow("*"), deny("*", { Condition: { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } } })),
      effect: "allow",
    },
    {
      name: "StringEquals on an absent key never matches",
      policy: doc(allow("*", { Condition: { StringEquals: { "aws:SourceVpce": "vpce-1" } } })),
      effect: "no-match",
    },
    {
      name: "StringNotEquals on an absent key matches",
      policy: doc(allow("*"), deny("*", { Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } } })),
      effect: "explicit-deny",
    },
    {
      name: "unknown operator: Allow does not match",
      policy: doc(allow("*", { Condition: { DateLessThan: { "aws:CurrentTime": "2000-01-01" } } })),
      effect: "no-match",
    },
    {
      name: "unknown operator: Deny matches",
      policy: doc(allow("*"), deny("*", { Condition: { Bool: { "aws:SecureTransport": "false" } } })),
      effect: "explicit-deny",
    },
    { name: "principal must be everyone", policy: doc({ ...allow("*"), Principal: { AWS: "arn:aws:iam::1:root" } }), effect: "no-match" },
    { name: "Principal {AWS: *}", policy: doc({ ...allow("*"), Principal: { AWS: ["*"] } }), effect: "allow" },
    { name: "execute-api:* action", policy: doc({ ...allow("*"), Action: "execute-api:*" }), effect: "allow" },
    { name: "other action", policy: doc({ ...allow("*"), Action: "execute-api:ManageConnections" }), effect: "no-match" },
    { name: "NotResource", policy: doc(allow("*"), { ...deny(undefined), NotResource: "execute-api:/dev/GET/public" }), effect: "explicit-deny" },
    { name: "single statement object", policy: JSON.stringify({ Statement: allow("*") }), effect: "allow" },
    { name: "garbage", policy: "{nope", effect: "invalid" },
    { name: "bad effect", policy: doc({ ...allow("*"), Effect: "Maybe" }), effect: "invalid" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = evaluatePolicy(c.policy, scope, { resourceArn: c.resource ?? arn("dev", "GET", "pets"), sourceIp: c.ip ?? "203.0.113.9" });
      assert.equal(d.effect, c.effect);
    });
  }
});

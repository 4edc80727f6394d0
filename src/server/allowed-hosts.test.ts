import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AllowedHosts } from "./allowed-hosts.js";

describe("AllowedHosts", () => {
  const hosts = new AllowedHosts(["dev.lan", "*.corp.test"], "https://poolgate.example.org:8443");
  const served = [
    "localhost",
    "localhost.",
    "127.0.0.1",
    "127.1.2.3",
    "[::1]",
    "10.0.0.7",
    "abc.execute-api.localhost",
    "abc.execute-api.eu-west-1.localhost",
    "app.auth.us-east-1.localhost",
    "abc123.execute-api.us-east-1.amazonaws.com",
    "cognito-idp.eu-west-1.amazonaws.com",
    "apigateway.us-east-1.amazonaws.com",
    "poolgate.example.org",
    "dev.lan",
    "a.corp.test",
    "a.b.corp.test",
  ];
  const refused = [
    "attacker.example",
    "localhost.attacker.example",
    "127.0.0.1.nip.io",
    "evil-localhost",
    "abc.execute-api.us-east-1.amazonaws.com.attacker.example",
    "s3.amazonaws.com",
    "example.org",
    "sub.dev.lan",
    "corp.test",
    "xcorp.test",
  ];
  for (const h of served) it(`serves ${h}`, () => assert.equal(hosts.allows(h), true));
  for (const h of refused) it(`refuses ${h}`, () => assert.equal(hosts.allows(h), false));
});

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CreateUserPoolCommand, DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { startServer, type TestServer } from "../harness/server.js";

describe("user pools through the AWS SDK v3", () => {
  let t: TestServer;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  it("creates a pool with an AWS-shaped id and describes it", async () => {
    const created = await t.cognito.send(new CreateUserPoolCommand({ PoolName: "app" }));
    const id = created.UserPool?.Id ?? "";
    assert.match(id, /^us-east-1_[0-9a-zA-Z]{9}$/);
    assert.ok(created.UserPool?.CreationDate instanceof Date);
    const described = await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    assert.equal(described.UserPool?.Name, "app");
    assert.equal(described.UserPool?.Policies?.PasswordPolicy?.MinimumLength, 8);
  });

  it("answers an unknown pool with ResourceNotFoundException", async () => {
    await assert.rejects(t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_nope12345" })), { name: "ResourceNotFoundException" });
  });

  it("answers a bad pool id with AWS's validation message", async () => {
    await assert.rejects(t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: "bad id" })), (e: Error) => {
      assert.equal(e.name, "InvalidParameterException");
      assert.match(
        e.message,
        /^1 validation error detected: Value 'bad id' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern/,
      );
      return true;
    });
  });

  it("answers unknown and unimplemented operations with AWS-shaped errors", async () => {
    const post = (target: string, body = "{}") =>
      fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityProviderService.${target}` },
        body,
      });
    const unknown = await post("NoSuchThing");
    assert.equal(unknown.status, 400);
    assert.equal((await unknown.json()).__type, "UnknownOperationException");
    const unimpl = await post("CreateManagedLoginBranding");
    assert.equal(unimpl.status, 400);
    assert.deepEqual(await unimpl.json(), { __type: "UnsupportedOperationException", message: "poolgate does not implement CreateManagedLoginBranding yet" });
    const bad = await post("DescribeUserPool", "{not json");
    assert.equal(bad.status, 400);
    assert.equal(bad.headers.get("x-amzn-errortype"), "SerializationException:");
    const notFound = await post("DescribeUserPool", JSON.stringify({ UserPoolId: "us-east-1_nope12345" }));
    assert.equal(notFound.headers.get("x-amzn-errortype"), "ResourceNotFoundException:");
    assert.equal(notFound.headers.get("x-amzn-errormessage"), "User pool us-east-1_nope12345 does not exist.");
  });

  it("refuses oversized bodies and wrong types with AWS-shaped 400s, and keeps serving", async () => {
    const post = (body: string) =>
      fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.CreateUserPool" },
        body,
      });
    const big = await post(" ".repeat(2 * 1024 * 1024));
    assert.equal(big.status, 400);
    assert.equal((await big.json()).__type, "SerializationException");
    const wrongType = await post(JSON.stringify({ PoolName: 42 }));
    assert.equal(wrongType.status, 400);
    assert.equal((await wrongType.json()).__type, "SerializationException");
    const missing = await post("{}");
    assert.equal(missing.status, 400);
    assert.match((await missing.json()).message, /Value null at 'poolName' failed to satisfy constraint: Member must not be null/);
    const health = await fetch(`${t.url}/_poolgate/health`);
    assert.equal(health.status, 200);
  });
});

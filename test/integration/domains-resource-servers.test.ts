import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteResourceServerCommand,
  DeleteUserPoolDomainCommand,
  DescribeResourceServerCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  ListResourceServersCommand,
  UpdateResourceServerCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

describe("user pool domains through the AWS SDK v3", () => {
  let t: TestServer;
  let poolId: string;
  let otherPoolId: string;
  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "domains" }))).UserPool?.Id ?? "";
    otherPoolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "domains-2" }))).UserPool?.Id ?? "";
  });
  after(() => t.stop());

  it("creates a prefix domain, describes it, and shows it on the pool", async () => {
    const out = await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: "my-app-123" }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    assert.equal(out.CloudFrontDomain, undefined);
    const { DomainDescription: d } = await t.cognito.send(new DescribeUserPoolDomainCommand({ Domain: "my-app-123" }));
    assert.equal(d?.UserPoolId, poolId);
    assert.equal(d?.Domain, "my-app-123");
    assert.equal(d?.AWSAccountId, "000000000000");
    assert.equal(d?.Status, "ACTIVE");
    assert.match(d?.CloudFrontDistribution ?? "", /^d[a-z0-9]{13}\.cloudfront\.net$/);
    assert.match(d?.Version ?? "", /^\d{14}$/);
    assert.deepEqual(d?.CustomDomainConfig, {});
    const pool = await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    assert.equal(pool.UserPool?.Domain, "my-app-123");
  });

  it("refuses a taken domain, a second domain for a pool, and bad prefixes", async () => {
    await rejectsWith(
      t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: otherPoolId, Domain: "my-app-123" })),
      "InvalidParameterException",
      "Domain already exists.",
    );
    await rejectsWith(t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: "second-one" })), "InvalidParameterException");
    for (const bad of ["My-App", "-lead", "trail-", "under_score", "a".repeat(64)])
      await rejectsWith(
        t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: otherPoolId, Domain: bad })),
        "InvalidParameterException",
        /validation error detected/,
      );
    await rejectsWith(
      t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: otherPoolId, Domain: "Bad.Prefix" })),
      "InvalidParameterException",
      "1 validation error detected: Value 'Bad.Prefix' at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$",
    );
    await rejectsWith(
      t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: otherPoolId, Domain: "my-cognito-app" })),
      "InvalidParameterException",
      /reserved word/,
    );
    await rejectsWith(t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: "us-east-1_nope12345", Domain: "free-name" })), "ResourceNotFoundException");
  });

  it("answers an unknown domain with an empty description", async () => {
    const out = await t.cognito.send(new DescribeUserPoolDomainCommand({ Domain: "nobody-has-this" }));
    assert.deepEqual(out.DomainDescription, {});
  });

  it("creates a custom domain with a CloudFront alias target", async () => {
    const out = await t.cognito.send(
      new CreateUserPoolDomainCommand({
        UserPoolId: otherPoolId,
        Domain: "auth.example.com",
        CustomDomainConfig: { CertificateArn: "arn:aws:acm:us-east-1:000000000000:certificate/abc" },
      }),
    );
    assert.match(out.CloudFrontDomain ?? "", /\.cloudfront\.net$/);
    const pool = await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: otherPoolId }));
    assert.equal(pool.UserPool?.CustomDomain, "auth.example.com");
    await t.cognito.send(new DeleteUserPoolDomainCommand({ UserPoolId: otherPoolId, Domain: "auth.example.com" }));
  });

  it("deletes a domain only for its own pool", async () => {
    await rejectsWith(
      t.cognito.send(new DeleteUserPoolDomainCommand({ UserPoolId: otherPoolId, Domain: "my-app-123" })),
      "InvalidParameterException",
      "No such domain or user pool exists.",
    );
    await t.cognito.send(new DeleteUserPoolDomainCommand({ UserPoolId: poolId, Domain: "my-app-123" }));
    assert.deepEqual((await t.cognito.send(new DescribeUserPoolDomainCommand({ Domain: "my-app-123" }))).DomainDescription, {});
    const pool = await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    assert.equal(pool.UserPool?.Domain, undefined);
    // The prefix is free again, and the pool can take a new one.
    await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: otherPoolId, Domain: "my-app-123", ManagedLoginVersion: 2 }));
    const d = (await t.cognito.send(new DescribeUserPoolDomainCommand({ Domain: "my-app-123" }))).DomainDescription;
    assert.equal(d?.UserPoolId, otherPoolId);
    assert.equal(d?.ManagedLoginVersion, 2);
  });
});

describe("resource servers through the AWS SDK v3", () => {
  let t: TestServer;
  let poolId: string;
  before(async () => {
    t = await startServer();
    poolId = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "apis" }))).UserPool?.Id ?? "";
  });
  after(() => t.stop());

  const scopes = [
    { ScopeName: "photos.read", ScopeDescription: "Read photos" },
    { ScopeName: "photos.write", ScopeDescription: "Write photos" },
  ];

  it("creates and describes a resource server", async () => {
    const out = await t.cognito.send(
      new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: "https://photos.example.com", Name: "Photos API", Scopes: scopes }),
    );
    assert.deepEqual(out.ResourceServer, { UserPoolId: poolId, Identifier: "https://photos.example.com", Name: "Photos API", Scopes: scopes });
    const described = await t.cognito.send(new DescribeResourceServerCommand({ UserPoolId: poolId, Identifier: "https://photos.example.com" }));
    assert.deepEqual(described.ResourceServer, out.ResourceServer);
    await rejectsWith(
      t.cognito.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: "https://photos.example.com", Name: "again" })),
      "InvalidParameterException",
    );
  });

  it("makes its scopes available to app clients", async () => {
    const c = await t.cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: "m2m",
        GenerateSecret: true,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ["client_credentials"],
        AllowedOAuthScopes: ["https://photos.example.com/photos.read"],
      }),
    );
    assert.deepEqual(c.UserPoolClient?.AllowedOAuthScopes, ["https://photos.example.com/photos.read"]);
    await rejectsWith(
      t.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: "m2m",
          GenerateSecret: true,
          AllowedOAuthFlowsUserPoolClient: true,
          AllowedOAuthFlows: ["client_credentials"],
          AllowedOAuthScopes: ["https://photos.example.com/photos.delete"],
        }),
      ),
      "ScopeDoesNotExistException",
    );
  });

  it("validates identifiers and scope names with AWS's patterns", async () => {
    await rejectsWith(
      t.cognito.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: "has space", Name: "x" })),
      "InvalidParameterException",
      "1 validation error detected: Value 'has space' at 'identifier' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\x21\\x23-\\x5B\\x5D-\\x7E]+",
    );
    await rejectsWith(
      t.cognito.send(
        new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: "api", Name: "x", Scopes: [{ ScopeName: "a/b", ScopeDescription: "slash" }] }),
      ),
      "InvalidParameterException",
      /at 'scopes\.1\.member\.scopeName' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
    await rejectsWith(
      t.cognito.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: "api", Name: "x", Scopes: [{ ScopeName: "a" } as never] })),
      "InvalidParameterException",
      /Value null at 'scopes\.1\.member\.scopeDescription' failed to satisfy constraint: Member must not be null/,
    );
    await rejectsWith(
      t.cognito.send(
        new CreateResourceServerCommand({
          UserPoolId: poolId,
          Identifier: "api",
          Name: "x",
          Scopes: Array.from({ length: 101 }, (_, i) => ({ ScopeName: `s${i}`, ScopeDescription: "d" })),
        }),
      ),
      "InvalidParameterException",
      /at 'scopes' failed to satisfy constraint: Member must have length less than or equal to 100/,
    );
    await rejectsWith(
      t.cognito.send(new CreateResourceServerCommand({ UserPoolId: "us-east-1_nope12345", Identifier: "api", Name: "x" })),
      "ResourceNotFoundException",
    );
  });

  it("updates by replacing name and scopes", async () => {
    const out = await t.cognito.send(new UpdateResourceServerCommand({ UserPoolId: poolId, Identifier: "https://photos.example.com", Name: "Photos v2" }));
    assert.deepEqual(out.ResourceServer, { UserPoolId: poolId, Identifier: "https://photos.example.com", Name: "Photos v2", Scopes: [] });
    await rejectsWith(t.cognito.send(new UpdateResourceServerCommand({ UserPoolId: poolId, Identifier: "nope", Name: "x" })), "ResourceNotFoundException");
  });

  it("lists with required MaxResults and NextToken pagination", async () => {
    for (let i = 0; i < 4; i++) await t.cognito.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: `api-${i}`, Name: `API ${i}` }));
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await t.cognito.send(new ListResourceServersCommand({ UserPoolId: poolId, MaxResults: 2, NextToken: token }));
      assert.ok((page.ResourceServers?.length ?? 0) <= 2);
      for (const r of page.ResourceServers ?? []) ids.push(r.Identifier ?? "");
      token = page.NextToken;
    } while (token);
    assert.deepEqual(ids, ["https://photos.example.com", "api-0", "api-1", "api-2", "api-3"]);
    await rejectsWith(
      t.cognito.send(new ListResourceServersCommand({ UserPoolId: poolId } as never)),
      "InvalidParameterException",
      "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null",
    );
    await rejectsWith(
      t.cognito.send(new ListResourceServersCommand({ UserPoolId: poolId, MaxResults: 51 })),
      "InvalidParameterException",
      /Member must have value less than or equal to 50$/,
    );
  });

  it("deletes, then answers not found", async () => {
    await t.cognito.send(new DeleteResourceServerCommand({ UserPoolId: poolId, Identifier: "api-0" }));
    await rejectsWith(t.cognito.send(new DescribeResourceServerCommand({ UserPoolId: poolId, Identifier: "api-0" })), "ResourceNotFoundException");
    await rejectsWith(t.cognito.send(new DeleteResourceServerCommand({ UserPoolId: poolId, Identifier: "api-0" })), "ResourceNotFoundException");
  });

  it("refuses a 26th resource server", async () => {
    const pool = (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "full" }))).UserPool?.Id ?? "";
    for (let i = 0; i < 25; i++) await t.cognito.send(new CreateResourceServerCommand({ UserPoolId: pool, Identifier: `r${i}`, Name: "r" }));
    await rejectsWith(t.cognito.send(new CreateResourceServerCommand({ UserPoolId: pool, Identifier: "r25", Name: "r" })), "LimitExceededException");
  });
});

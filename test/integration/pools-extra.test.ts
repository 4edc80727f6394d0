import assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { after, before, describe, it } from "node:test";
import {
  AddCustomAttributesCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DescribeRiskConfigurationCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  GetCSVHeaderCommand,
  GetLogDeliveryConfigurationCommand,
  GetSigningCertificateCommand,
  GetUICustomizationCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateUserPoolDomainCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { rejectsWith } from "../harness/assertions.js";
import { startServer, type TestServer } from "../harness/server.js";

const strip = <T extends { $metadata?: unknown }>(o: T) => {
  const { $metadata: _m, ...rest } = o;
  return rest;
};

const STANDARD_COLUMNS = [
  "name",
  "given_name",
  "family_name",
  "middle_name",
  "nickname",
  "preferred_username",
  "profile",
  "picture",
  "website",
  "email",
  "email_verified",
  "gender",
  "birthdate",
  "zoneinfo",
  "locale",
  "phone_number",
  "phone_number_verified",
  "address",
  "updated_at",
];

describe("infrastructure-tool reads and writes on user pools through the AWS SDK v3", () => {
  let t: TestServer;
  const newPool = async (extra: Record<string, unknown> = {}) => (await t.cognito.send(new CreateUserPoolCommand({ PoolName: "extra", ...extra }))).UserPool;
  before(async () => {
    t = await startServer();
  });
  after(() => t.stop());

  describe("tags", () => {
    it("tags, lists and untags a pool by ARN, and DescribeUserPool shows the tags", async () => {
      const pool = await newPool({ UserPoolTags: { team: "auth" } });
      const arn = pool?.Arn ?? "";
      assert.deepEqual(strip(await t.cognito.send(new ListTagsForResourceCommand({ ResourceArn: arn }))), { Tags: { team: "auth" } });
      const tagged = await t.cognito.send(new TagResourceCommand({ ResourceArn: arn, Tags: { env: "dev", team: "identity" } }));
      assert.deepEqual(strip(tagged), {});
      assert.deepEqual((await t.cognito.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags, { team: "identity", env: "dev" });
      await t.cognito.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ["team", "not-there"] }));
      assert.deepEqual((await t.cognito.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags, { env: "dev" });
      assert.deepEqual((await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: pool?.Id }))).UserPool?.UserPoolTags, { env: "dev" });
    });

    it("refuses unknown pools, non-pool ARNs, long keys and more than 50 tags", async () => {
      const pool = await newPool();
      const arn = pool?.Arn ?? "";
      const missing = arn.replace(/userpool\/.*$/, "userpool/us-east-1_Missing1");
      await rejectsWith(
        t.cognito.send(new ListTagsForResourceCommand({ ResourceArn: missing })),
        "ResourceNotFoundException",
        "User pool us-east-1_Missing1 does not exist.",
      );
      await rejectsWith(t.cognito.send(new TagResourceCommand({ ResourceArn: missing, Tags: { a: "b" } })), "ResourceNotFoundException");
      await rejectsWith(
        t.cognito.send(new ListTagsForResourceCommand({ ResourceArn: "arn:aws:s3:us-east-1:000000000000:bucket/x" })),
        "InvalidParameterException",
        "arn:aws:s3:us-east-1:000000000000:bucket/x is not a user pool ARN.",
      );
      await rejectsWith(
        t.cognito.send(new ListTagsForResourceCommand({ ResourceArn: "not-an-arn-at-all-really" })),
        "InvalidParameterException",
        /^1 validation error detected: Value 'not-an-arn-at-all-really' at 'resourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:/,
      );
      await rejectsWith(
        t.cognito.send(new TagResourceCommand({ ResourceArn: arn, Tags: { ["k".repeat(129)]: "v" } })),
        "InvalidParameterException",
        `1 validation error detected: Value '{${"k".repeat(129)}=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128]`,
      );
      await rejectsWith(
        t.cognito.send(new TagResourceCommand({ ResourceArn: arn, Tags: { k: "v".repeat(257) } })),
        "InvalidParameterException",
        /Map value must satisfy constraint: \[Member must have length less than or equal to 256\]$/,
      );
      const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
      await t.cognito.send(new TagResourceCommand({ ResourceArn: arn, Tags: fifty }));
      await rejectsWith(
        t.cognito.send(new TagResourceCommand({ ResourceArn: arn, Tags: { one: "more" } })),
        "InvalidParameterException",
        "A user pool can have at most 50 tags.",
      );
      assert.equal(Object.keys((await t.cognito.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags ?? {}).length, 50);
    });
  });

  describe("AddCustomAttributes", () => {
    it("appends custom: attributes to SchemaAttributes", async () => {
      const pool = await newPool();
      const out = await t.cognito.send(
        new AddCustomAttributesCommand({
          UserPoolId: pool?.Id,
          CustomAttributes: [
            { Name: "tier", AttributeDataType: "String", Mutable: true, StringAttributeConstraints: { MinLength: "1", MaxLength: "15" } },
            { Name: "age", AttributeDataType: "Number", Mutable: false, NumberAttributeConstraints: { MinValue: "0" } },
          ],
        }),
      );
      assert.deepEqual(strip(out), {});
      const schema = (await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: pool?.Id }))).UserPool?.SchemaAttributes ?? [];
      assert.deepEqual(schema.slice(-2), [
        {
          Name: "custom:tier",
          AttributeDataType: "String",
          DeveloperOnlyAttribute: false,
          Mutable: true,
          Required: false,
          StringAttributeConstraints: { MinLength: "1", MaxLength: "15" },
        },
        {
          Name: "custom:age",
          AttributeDataType: "Number",
          DeveloperOnlyAttribute: false,
          Mutable: false,
          Required: false,
          NumberAttributeConstraints: { MinValue: "0" },
        },
      ]);
      assert.equal(schema.length, (pool?.SchemaAttributes ?? []).length + 2);
    });

    it("refuses duplicates, required custom attributes, long names and more than 50", async () => {
      const pool = await newPool({ Schema: [{ Name: "plan", AttributeDataType: "String" }] });
      const id = pool?.Id ?? "";
      await rejectsWith(
        t.cognito.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: [{ Name: "plan", AttributeDataType: "String" }] })),
        "InvalidParameterException",
        "custom:plan: Existing attribute already has name custom:plan.",
      );
      await rejectsWith(
        t.cognito.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: [{ Name: "x" }, { Name: "x" }] })),
        "InvalidParameterException",
        "custom:x: Existing attribute already has name custom:x.",
      );
      await rejectsWith(
        t.cognito.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: [{ Name: "must", Required: true }] })),
        "InvalidParameterException",
        "Required custom attributes are not supported currently.",
      );
      await rejectsWith(
        t.cognito.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: [{ Name: "n".repeat(21) }] })),
        "InvalidParameterException",
        `1 validation error detected: Value '${"n".repeat(21)}' at 'customAttributes.1.member.name' failed to satisfy constraint: Member must have length less than or equal to 20`,
      );
      await rejectsWith(
        t.cognito.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: [] })),
        "InvalidParameterException",
        "1 validation error detected: Value '[]' at 'customAttributes' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
      const batch = (from: number) => Array.from({ length: 25 }, (_, i) => ({ Name: `a${from + i}`, AttributeDataType: "String" as const }));
      await t.cognito.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: batch(0) }));
      await rejectsWith(
        t.cognito.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: batch(25) })),
        "InvalidParameterException",
        "A user pool can have at most 50 custom attributes; this request would make 51.",
      );
      const schema = (await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.SchemaAttributes ?? [];
      assert.equal(schema.filter((a) => a.Name?.startsWith("custom:")).length, 26);
      await rejectsWith(
        t.cognito.send(new AddCustomAttributesCommand({ UserPoolId: "us-east-1_Missing1", CustomAttributes: [{ Name: "y" }] })),
        "ResourceNotFoundException",
        "User pool us-east-1_Missing1 does not exist.",
      );
    });
  });

  describe("UpdateUserPoolDomain", () => {
    it("changes the managed login version of a prefix domain", async () => {
      const id = (await newPool())?.Id ?? "";
      await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: id, Domain: "update-me", ManagedLoginVersion: 1 }));
      const out = await t.cognito.send(new UpdateUserPoolDomainCommand({ UserPoolId: id, Domain: "update-me", ManagedLoginVersion: 2 }));
      assert.deepEqual(strip(out), { ManagedLoginVersion: 2 });
      const d = (await t.cognito.send(new DescribeUserPoolDomainCommand({ Domain: "update-me" }))).DomainDescription;
      assert.equal(d?.ManagedLoginVersion, 2);
      await rejectsWith(
        t.cognito.send(
          new UpdateUserPoolDomainCommand({
            UserPoolId: id,
            Domain: "update-me",
            CustomDomainConfig: { CertificateArn: "arn:aws:acm:us-east-1:000000000000:certificate/abc" },
          }),
        ),
        "InvalidParameterException",
        "CustomDomainConfig can only be updated for a custom domain.",
      );
    });

    it("replaces a custom domain's certificate and answers its CloudFront domain", async () => {
      const id = (await newPool())?.Id ?? "";
      const created = await t.cognito.send(
        new CreateUserPoolDomainCommand({
          UserPoolId: id,
          Domain: "auth.example.com",
          CustomDomainConfig: { CertificateArn: "arn:aws:acm:us-east-1:000000000000:certificate/old" },
        }),
      );
      const out = await t.cognito.send(
        new UpdateUserPoolDomainCommand({
          UserPoolId: id,
          Domain: "auth.example.com",
          CustomDomainConfig: { CertificateArn: "arn:aws:acm:us-east-1:000000000000:certificate/new" },
        }),
      );
      assert.deepEqual(strip(out), { CloudFrontDomain: created.CloudFrontDomain });
      const d = (await t.cognito.send(new DescribeUserPoolDomainCommand({ Domain: "auth.example.com" }))).DomainDescription;
      assert.deepEqual(d?.CustomDomainConfig, { CertificateArn: "arn:aws:acm:us-east-1:000000000000:certificate/new" });
    });

    it("refuses a domain that is not the pool's", async () => {
      const id = (await newPool())?.Id ?? "";
      const other = (await newPool())?.Id ?? "";
      await t.cognito.send(new CreateUserPoolDomainCommand({ UserPoolId: id, Domain: "not-yours" }));
      for (const [pool, domain] of [
        [other, "not-yours"],
        [id, "no-such-domain"],
        ["us-east-1_Missing1", "not-yours"],
      ] as const)
        await rejectsWith(
          t.cognito.send(new UpdateUserPoolDomainCommand({ UserPoolId: pool, Domain: domain, ManagedLoginVersion: 2 })),
          "InvalidParameterException",
          "No such domain or user pool exists.",
        );
    });
  });

  describe("GetSigningCertificate", () => {
    it("returns a stable self-signed X.509 certificate for the pool", async () => {
      const id = (await newPool())?.Id ?? "";
      t.clock.advance(86_400_000);
      const start = t.clock.now();
      const first = await t.cognito.send(new GetSigningCertificateCommand({ UserPoolId: id }));
      const end = t.clock.now();
      assert.deepEqual(Object.keys(strip(first)), ["Certificate"]);
      const cert = new X509Certificate(Buffer.from(first.Certificate ?? "", "base64"));
      assert.equal(cert.subject, `CN=${id}`);
      assert.ok(cert.verify(cert.publicKey));
      // Issued on the server's clock (a day ahead of the wall clock here), valid for ten years.
      const from = new Date(cert.validFrom).getTime();
      assert.ok(from >= Math.floor(start / 1000) * 1000 && from <= end, `${cert.validFrom} is the server clock's time`);
      const to = new Date(from);
      to.setUTCFullYear(to.getUTCFullYear() + 10);
      assert.equal(new Date(cert.validTo).getTime(), to.getTime());
      const again = await t.cognito.send(new GetSigningCertificateCommand({ UserPoolId: id }));
      assert.equal(again.Certificate, first.Certificate);
      const pool = (await t.cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool as Record<string, unknown>;
      assert.equal(pool.signingCertificate, undefined);
      await rejectsWith(t.cognito.send(new GetSigningCertificateCommand({ UserPoolId: "us-east-1_Missing1" })), "ResourceNotFoundException");
    });
  });

  describe("reads with fixed answers", () => {
    it("GetCSVHeader lists the importable attributes, custom ones included", async () => {
      const id = (await newPool({ Schema: [{ Name: "plan", AttributeDataType: "String" }] }))?.Id ?? "";
      assert.deepEqual(strip(await t.cognito.send(new GetCSVHeaderCommand({ UserPoolId: id }))), {
        UserPoolId: id,
        CSVHeader: [...STANDARD_COLUMNS, "custom:plan", "cognito:mfa_enabled", "cognito:username"],
      });
      await rejectsWith(t.cognito.send(new GetCSVHeaderCommand({ UserPoolId: "us-east-1_Missing1" })), "ResourceNotFoundException");
    });

    it("GetUICustomization, DescribeRiskConfiguration and GetLogDeliveryConfiguration answer empty settings", async () => {
      const id = (await newPool())?.Id ?? "";
      const clientId = (await t.cognito.send(new CreateUserPoolClientCommand({ UserPoolId: id, ClientName: "c" }))).UserPoolClient?.ClientId ?? "";
      assert.deepEqual(strip(await t.cognito.send(new GetUICustomizationCommand({ UserPoolId: id }))), {
        UICustomization: { UserPoolId: id, ClientId: "ALL" },
      });
      assert.deepEqual(strip(await t.cognito.send(new GetUICustomizationCommand({ UserPoolId: id, ClientId: clientId }))), {
        UICustomization: { UserPoolId: id, ClientId: "ALL" },
      });
      assert.deepEqual(strip(await t.cognito.send(new DescribeRiskConfigurationCommand({ UserPoolId: id }))), { RiskConfiguration: { UserPoolId: id } });
      assert.deepEqual(strip(await t.cognito.send(new DescribeRiskConfigurationCommand({ UserPoolId: id, ClientId: clientId }))), {
        RiskConfiguration: { UserPoolId: id, ClientId: clientId },
      });
      assert.deepEqual(strip(await t.cognito.send(new GetLogDeliveryConfigurationCommand({ UserPoolId: id }))), {
        LogDeliveryConfiguration: { UserPoolId: id, LogConfigurations: [] },
      });
      await rejectsWith(
        t.cognito.send(new GetUICustomizationCommand({ UserPoolId: id, ClientId: "nosuchclient1" })),
        "ResourceNotFoundException",
        "User pool client nosuchclient1 does not exist.",
      );
      await rejectsWith(t.cognito.send(new DescribeRiskConfigurationCommand({ UserPoolId: "us-east-1_Missing1" })), "ResourceNotFoundException");
      await rejectsWith(t.cognito.send(new GetLogDeliveryConfigurationCommand({ UserPoolId: "us-east-1_Missing1" })), "ResourceNotFoundException");
    });
  });
});

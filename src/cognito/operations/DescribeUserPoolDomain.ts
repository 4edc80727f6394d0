import { str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";

/** An unknown domain is not an error: the answer is an empty DomainDescription. */
export const DescribeUserPoolDomain = defineOperation({
  name: "DescribeUserPoolDomain",
  auth: "iam",
  input: { Domain: str({ required: true, min: 1, max: 63 }) },
  run(s, req: { Domain: string }) {
    const d = s.cognito.domains.get(req.Domain);
    if (!d) return { DomainDescription: {} };
    return {
      DomainDescription: {
        UserPoolId: d.UserPoolId,
        AWSAccountId: d.AWSAccountId,
        Domain: d.Domain,
        ...(d.S3Bucket ? { S3Bucket: d.S3Bucket } : {}),
        CloudFrontDistribution: d.CloudFrontDistribution,
        Version: d.Version,
        Status: d.Status,
        CustomDomainConfig: d.CustomDomainConfig ?? {},
        ...(d.ManagedLoginVersion !== undefined ? { ManagedLoginVersion: d.ManagedLoginVersion } : {}),
      },
    };
  },
});

import { ACCOUNT_ID } from "../../account.js";
import { epochSeconds } from "../../platform/clock.js";
import type { DomainRecord } from "../../store/cognito/records.js";
import { invalidParameter } from "../../wire/errors.js";
import { any, int, Model, str, struct } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { checkDomainName, cloudFrontDistribution, domainVersion } from "../pools/domain-name.js";
import { requirePool } from "../pools/lookup.js";

type Request = { Domain: string; UserPoolId: string; ManagedLoginVersion?: number; CustomDomainConfig?: { CertificateArn: string } };

/**
 * A prefix domain (`{prefix}.auth.{region}.amazoncognito.com`, served locally as
 * `{prefix}.auth.{region}.localhost`) or, with CustomDomainConfig, a custom domain. It is live at once
 * (AWS takes about a minute), and the pool's DescribeUserPool shows it as Domain / CustomDomain.
 */
export const CreateUserPoolDomain = defineOperation({
  name: "CreateUserPoolDomain",
  auth: "iam",
  input: {
    // The pattern is checked in run(): it applies to prefix domains only.
    Domain: str({ required: true, min: 1, max: 63 }),
    UserPoolId: Model.UserPoolId,
    ManagedLoginVersion: int(),
    CustomDomainConfig: struct({ CertificateArn: str({ required: true, min: 20, max: 2048 }), SecurityPolicy: any() }),
  },
  run(s, req: Request) {
    const custom = req.CustomDomainConfig !== undefined;
    checkDomainName(req.Domain, custom);
    const pool = requirePool(s.cognito, req.UserPoolId);
    if (s.cognito.domains.get(req.Domain)) throw invalidParameter("Domain already exists.");
    // Message inferred. (AWS allows one prefix and one custom domain; poolgate keeps one domain per pool.)
    const existing = s.cognito.domains.forPool(pool.Id);
    if (existing) throw invalidParameter(`User pool ${pool.Id} already has a domain configured: ${existing.Domain}`);
    const now = epochSeconds(s.clock);
    const domain: DomainRecord = {
      UserPoolId: pool.Id,
      AWSAccountId: ACCOUNT_ID,
      Domain: req.Domain,
      CloudFrontDistribution: cloudFrontDistribution(req.Domain),
      Version: domainVersion(now),
      Status: "ACTIVE",
      CustomDomainConfig: req.CustomDomainConfig ?? {},
      ...(req.ManagedLoginVersion !== undefined ? { ManagedLoginVersion: req.ManagedLoginVersion } : {}),
    };
    s.cognito.tx(() => {
      s.cognito.domains.put(domain);
      s.cognito.pools.put({ ...pool, ...(custom ? { CustomDomain: domain.Domain } : { Domain: domain.Domain }) });
    });
    s.log.info("user pool domain created", { userPoolId: pool.Id, domain: domain.Domain });
    // CreateUserPoolDomainResponse: CloudFrontDomain is the alias target of a custom domain's DNS record.
    return {
      ...(custom ? { CloudFrontDomain: domain.CloudFrontDistribution } : {}),
      ...(req.ManagedLoginVersion !== undefined ? { ManagedLoginVersion: req.ManagedLoginVersion } : {}),
    };
  },
});

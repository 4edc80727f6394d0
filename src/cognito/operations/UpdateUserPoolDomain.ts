import { invalidParameter } from "../../wire/errors.js";
import { int, Model, str, struct } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { ArnField } from "../pools/arn.js";

type Request = { Domain: string; UserPoolId: string; ManagedLoginVersion?: number; CustomDomainConfig?: { CertificateArn: string } };

/**
 * Changes a domain's branding version (1 classic hosted UI, 2 managed login) and, for a custom domain, its
 * ACM certificate. The name cannot change. Takes effect at once (AWS: up to a minute, an hour for certificates).
 */
export const UpdateUserPoolDomain = defineOperation({
  name: "UpdateUserPoolDomain",
  auth: "iam",
  input: {
    Domain: str({ required: true, min: 1, max: 63 }),
    UserPoolId: Model.UserPoolId,
    ManagedLoginVersion: int(),
    CustomDomainConfig: struct({ CertificateArn: ArnField({ required: true }) }),
  },
  run(s, req: Request) {
    const d = s.cognito.domains.get(req.Domain);
    const pool = s.cognito.pools.get(req.UserPoolId);
    // Same answer as DeleteUserPoolDomain for a domain that is not the pool's.
    if (!d || !pool || d.UserPoolId !== pool.Id) throw invalidParameter("No such domain or user pool exists.");
    const custom = pool.CustomDomain === d.Domain;
    // Message inferred: a prefix domain has no certificate of its own.
    if (req.CustomDomainConfig && !custom) throw invalidParameter("CustomDomainConfig can only be updated for a custom domain.");
    const next = {
      ...d,
      ...(req.ManagedLoginVersion !== undefined ? { ManagedLoginVersion: req.ManagedLoginVersion } : {}),
      ...(req.CustomDomainConfig ? { CustomDomainConfig: req.CustomDomainConfig } : {}),
    };
    s.cognito.domains.put(next);
    s.log.info("user pool domain updated", { userPoolId: pool.Id, domain: d.Domain });
    return {
      ...(next.ManagedLoginVersion !== undefined ? { ManagedLoginVersion: next.ManagedLoginVersion } : {}),
      ...(custom ? { CloudFrontDomain: d.CloudFrontDistribution } : {}),
    };
  },
});

import { createHash } from "node:crypto";
import { invalidParameter } from "../../wire/errors.js";

/** The model's DomainType pattern for a prefix domain (`{prefix}.auth.{region}.amazoncognito.com`). */
export const DOMAIN_PREFIX_PATTERN = "^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$";

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Developer guide, "Using the Amazon Cognito prefix domain": a prefix can't contain these words. */
const RESERVED_WORDS = ["aws", "amazon", "cognito"];

/**
 * Checks a Domain request member: a prefix domain against the model pattern (with the model's
 * validation message), a custom domain (CustomDomainConfig given) as a DNS host name.
 */
export function checkDomainName(domain: string, custom: boolean): void {
  if (custom) {
    // Message inferred.
    if (!HOSTNAME.test(domain)) throw invalidParameter(`Invalid custom domain name: ${domain}`);
    return;
  }
  if (!new RegExp(DOMAIN_PREFIX_PATTERN).test(domain))
    throw invalidParameter(
      `1 validation error detected: Value '${domain}' at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern: ${DOMAIN_PREFIX_PATTERN}`,
    );
  const reserved = RESERVED_WORDS.find((w) => domain.includes(w));
  // Message inferred.
  if (reserved) throw invalidParameter(`Domain cannot contain reserved word: ${reserved}`);
}

/** A stable CloudFront-shaped distribution name for a domain (`d` + 13 characters, as CloudFront's are). */
export const cloudFrontDistribution = (domain: string): string => `d${createHash("sha256").update(domain).digest("hex").slice(0, 13)}.cloudfront.net`;

/** DomainDescriptionType.Version: the creation time as `yyyyMMddHHmmss` (UTC), like "20190128175402". */
export const domainVersion = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString().replace(/[-:T]/g, "").slice(0, 14);

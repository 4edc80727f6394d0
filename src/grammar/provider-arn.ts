/** A parsed `arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}`. */
export interface UserPoolArn {
  arn: string;
  region: string;
  account: string;
  poolId: string;
}

const ARN = /^arn:aws[\w-]*:cognito-idp:([a-z0-9-]+):(\d{12}):userpool\/(([a-z0-9-]+)_[0-9a-zA-Z]+)$/;

/** Parsed ARNs, remembered: every request re-reads the same few authorizer ARNs. Bounded so input cannot grow it. */
const parsed = new Map<string, UserPoolArn | undefined>();

/** Parses a provider ARN; undefined when malformed or when the pool id's region differs from the ARN's. */
export function parseUserPoolArn(arn: string): UserPoolArn | undefined {
  if (parsed.has(arn)) return parsed.get(arn);
  const m = ARN.exec(arn.trim());
  const result = !m || m[4] !== m[1] ? undefined : { arn, region: m[1], account: m[2], poolId: m[3] };
  if (parsed.size > 10_000) parsed.clear();
  parsed.set(arn, result);
  return result;
}

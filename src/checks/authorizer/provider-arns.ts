/** A parsed `arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}`. */
export interface UserPoolArn {
  arn: string;
  region: string;
  account: string;
  poolId: string;
}

const ARN = /^arn:aws[\w-]*:cognito-idp:([a-z0-9-]+):(\d{12}):userpool\/(([a-z0-9-]+)_[0-9a-zA-Z]+)$/;

/** Parses a provider ARN; undefined when malformed or when the pool id's region differs from the ARN's. */
export function parseUserPoolArn(arn: string): UserPoolArn | undefined {
  const m = ARN.exec(arn.trim());
  if (!m || m[4] !== m[1]) return undefined;
  return { arn, region: m[1], account: m[2], poolId: m[3] };
}

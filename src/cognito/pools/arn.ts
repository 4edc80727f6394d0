import { str } from "../../wire/validation.js";

/** The model's ArnType (TagResource, SmsConfiguration.SnsCallerArn, CustomDomainConfig.CertificateArn). */
export const ArnField = (o: { required?: boolean } = {}) =>
  str({
    ...o,
    min: 20,
    max: 2048,
    pattern: "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?",
  });

/** The pool ID of a user pool ARN (`arn:aws:cognito-idp:{region}:{account}:userpool/{id}`), if it is one. */
export function userPoolIdOfArn(arn: string): string | undefined {
  return /^arn:[\w-]+:cognito-idp:[\w-]+:\d+:userpool\/([\w-]+_[0-9a-zA-Z]+)$/.exec(arn)?.[1];
}

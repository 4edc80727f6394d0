/** The AWS account poolgate's resources live in (ARNs, ids in error messages): twelve zeros, as LocalStack and moto use. */
export const ACCOUNT_ID = "000000000000";

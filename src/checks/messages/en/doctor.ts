import type { Catalogue } from "../catalogue.js";

/** doctor checks, en. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const doctor: Catalogue = {
  "doctor.title.oauth": "poolgate doctor: OAuth 2.0 client setup for app client {clientId} (user pool {pool})",
  "doctor.title.token": "poolgate doctor: token",
  "doctor.title.request": "poolgate doctor: {method} {url}",
  "doctor.status.pass": "passed ",
  "doctor.status.fail": "FAILED ",
  "doctor.status.warn": "warning",
  "doctor.status.skip": "skipped",
  "doctor.label.actual": "actual  ",
  "doctor.label.expected": "expected",
  "doctor.label.fix": "fix     ",
  "doctor.summary": "{pass} passed, {fail} failed, {warn} warnings, {skip} skipped.",
  "doctor.verdict.pass": "Nothing on the checklist failed.",
  "doctor.verdict.fail": "Fix the failed items above, top first.",
  // Usage errors (exit 2): one line each.
  "doctor.usage.internal": "unexpected error: {error}",
  "doctor.usage.missing-option": "missing {option}",
  "doctor.usage.bad-endpoint-url": "--endpoint-url '{url}' is not an http(s) URL",
  "doctor.usage.bad-pool-id": "'{value}' is not a user pool id (expected <region>_<id>, e.g. us-east-1_AbCdEf123)",
  "doctor.usage.no-region": "no region: pass --region or set AWS_REGION",
  "doctor.usage.unreachable": "cannot reach {endpoint} ({code}); is it running, and is the URL right?",
  "doctor.usage.no-credentials": "no AWS credentials found (environment, profile or instance role); use --endpoint-url for poolgate",
  "doctor.usage.bad-credentials": "AWS refused the credentials: {error}",
  "doctor.usage.aws-error": "{operation} failed: {error}",
  "doctor.usage.no-token": "no token given (pass it as an argument, or '-' to read standard input)",
  "doctor.usage.not-a-token": "this is not a token: {reason}",
  "doctor.usage.bad-now": "--now '{value}' is not a time (ISO 8601 or epoch seconds)",
};

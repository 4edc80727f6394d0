import assert from "node:assert/strict";
import { it } from "node:test";
import { checkAuthHeader } from "./auth-header.js";

const SIGV4 =
  "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

it("names a SigV4 signature as IAM signing, not as a token with spaces in it", () => {
  for (const value of [SIGV4, `  ${SIGV4}`, SIGV4.replace("AWS4", "aws4")]) {
    const r = checkAuthHeader({ authorization: value }, "authorization");
    assert.deepEqual([r.finding.status, r.finding.messageKey], ["fail", "iam-signature"], value);
    assert.equal(r.token, undefined, "nothing of it is a token");
  }
  // Another scheme is still only a warning: the gateway takes the whole value as the token.
  const other = checkAuthHeader({ authorization: "Token eyJabc" }, "authorization");
  assert.deepEqual([other.finding.messageKey, other.token], ["other-scheme", "Token eyJabc"]);
});

it("names an identity source that repeats its prefix: the header read is one nobody sends", () => {
  // identityHeaderName("method.request.header.method.request.header.Authorization")
  const r = checkAuthHeader({ authorization: "eyJ.eyJ.sig" }, "method.request.header.authorization");
  assert.deepEqual([r.finding.status, r.finding.messageKey], ["fail", "identity-source-repeated"]);
  assert.equal(r.finding.params?.meant, "method.request.header.authorization");
  assert.equal(r.token, undefined);
});

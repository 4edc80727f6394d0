import assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { it } from "node:test";
import { time } from "./der.js";
import { selfSignedCertificate } from "./signing-certificate.js";

it("makes a self-signed certificate that OpenSSL parses and verifies", async () => {
  const now = Date.UTC(2026, 10, 26, 3, 4, 5);
  const b64 = await selfSignedCertificate("us-east-1_Test123", now);
  const cert = new X509Certificate(Buffer.from(b64, "base64"));
  assert.equal(cert.subject, "CN=us-east-1_Test123");
  assert.equal(cert.issuer, "CN=us-east-1_Test123");
  assert.equal(new Date(cert.validFrom).getTime(), now);
  assert.equal(new Date(cert.validTo).getTime(), Date.UTC(2036, 10, 26, 3, 4, 5));
  assert.equal(cert.publicKey.asymmetricKeyType, "rsa");
  assert.equal(cert.publicKey.asymmetricKeyDetails?.modulusLength, 2048);
  assert.ok(cert.verify(cert.publicKey), "signature verifies with its own key");
  assert.ok(cert.checkIssued(cert));
});

it("encodes times as UTCTime before 2050 and GeneralizedTime from 2050", () => {
  assert.equal(time(Date.UTC(2049, 11, 31, 23, 59, 59)).toString("latin1"), "\x17\x0d491231235959Z");
  assert.equal(time(Date.UTC(2050, 0, 1, 0, 0, 0)).toString("latin1"), "\x18\x0f20500101000000Z");
});

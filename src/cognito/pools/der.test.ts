import assert from "node:assert/strict";
import { it } from "node:test";
import { oid, sequence, unsignedInteger } from "./der.js";

// Encodings as printed in RFC 5280 / PKCS #1 certificates (e.g. `openssl asn1parse` of any RSA certificate).
const CASES: [string, Buffer, string][] = [
  ["sha256WithRSAEncryption OID", oid("1.2.840.113549.1.1.11"), "06092a864886f70d01010b"],
  ["commonName OID", oid("2.5.4.3"), "0603550403"],
  ["INTEGER 2 (X.509 v3)", unsignedInteger(Buffer.from([2])), "020102"],
  ["INTEGER with the high bit set gets a leading zero", unsignedInteger(Buffer.from([0x80, 0x01])), "0203008001"],
  ["INTEGER drops redundant leading zeros", unsignedInteger(Buffer.from([0, 0, 0x7f])), "02017f"],
  ["long-form length", sequence(Buffer.alloc(200)), `3081c8${"00".repeat(200)}`],
];

for (const [name, actual, hex] of CASES) it(`DER: ${name}`, () => assert.equal(actual.toString("hex"), hex));

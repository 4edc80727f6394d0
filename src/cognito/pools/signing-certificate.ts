import { generateKeyPair, randomBytes, sign } from "node:crypto";
import { promisify } from "node:util";
import { bitString, explicit, nullValue, oid, sequence, set, time, unsignedInteger, utf8String } from "./der.js";

const generateKeyPairAsync = promisify(generateKeyPair);

const SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
const COMMON_NAME = "2.5.4.3";
/** API reference (GetSigningCertificate): "The issued certificate is valid for 10 years from the date of issue." */
const VALIDITY_YEARS = 10;

/**
 * A self-signed X.509 v3 certificate (RSA-2048, SHA-256) for a pool's SAML signing, as base64 DER like
 * GetSigningCertificate's Certificate. poolgate signs no SAML requests, so the private key is discarded once
 * the certificate is signed.
 */
export async function selfSignedCertificate(commonName: string, nowMs: number): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPairAsync("rsa", { modulusLength: 2048, publicExponent: 0x10001 });
  const name = sequence(set(sequence(oid(COMMON_NAME), utf8String(commonName))));
  const algorithm = sequence(oid(SHA256_WITH_RSA), nullValue());
  const notAfter = new Date(nowMs);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALIDITY_YEARS);
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))), // v3
    unsignedInteger(serial),
    algorithm,
    name,
    sequence(time(nowMs), time(notAfter.getTime())),
    name,
    publicKey.export({ type: "spki", format: "der" }),
  );
  const signature = sign("sha256", tbs, privateKey);
  return sequence(tbs, algorithm, bitString(signature)).toString("base64");
}

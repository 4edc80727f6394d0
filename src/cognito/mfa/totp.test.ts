import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, totpStep } from "./totp.js";

// RFC 6238 Appendix B, SHA1 rows: the 20-byte ASCII key "12345678901234567890", 8-digit codes.
const RFC_KEY = Buffer.from("12345678901234567890", "ascii");
const RFC_ROWS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP (RFC 6238, HMAC-SHA1)", () => {
  it("matches the RFC 6238 Appendix B SHA1 vectors", () => {
    for (const [t, code] of RFC_ROWS) assert.equal(hotp(RFC_KEY, totpStep(t * 1000), 8), code, `T=${t}`);
  });

  it("matches the RFC 4226 Appendix D HOTP vectors (6 digits)", () => {
    assert.deepEqual(
      [0, 1, 2, 9].map((c) => hotp(RFC_KEY, c)),
      ["755224", "287082", "359152", "520489"],
    );
  });

  it("round-trips base32 and makes 32-character secrets of 20 bytes", () => {
    assert.equal(base32Encode(RFC_KEY), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assert.deepEqual(base32Decode("gezdgnbvgy3tqojqgezdgnbvgy3tqojq"), RFC_KEY);
    assert.equal(base32Decode("not base32!"), undefined);
    const secret = newTotpSecret();
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.equal(base32Decode(secret)?.length, 20);
    assert.notEqual(newTotpSecret(), secret);
  });

  it("accepts the previous, current and next step, and nothing further", () => {
    const secret = base32Encode(RFC_KEY);
    const now = 1111111111 * 1000;
    const step = totpStep(now);
    for (const d of [-1, 0, 1]) assert.equal(matchTotp(secret, hotp(RFC_KEY, step + d), now), step + d);
    for (const d of [-2, 2]) assert.equal(matchTotp(secret, hotp(RFC_KEY, step + d), now), undefined);
  });

  it("refuses a code of a step already used, and malformed codes", () => {
    const secret = base32Encode(RFC_KEY);
    const now = 1234567890 * 1000;
    const step = totpStep(now);
    const code = hotp(RFC_KEY, step);
    assert.equal(matchTotp(secret, code, now, step), undefined);
    assert.equal(matchTotp(secret, code, now, step - 1), step);
    assert.equal(matchTotp(secret, "12345", now), undefined);
    assert.equal(matchTotp(secret, "abcdef", now), undefined);
  });
});

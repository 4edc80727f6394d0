import type { KeyObject } from "node:crypto";
import type { Finding } from "../../checks/types.js";
import type { Authorizer, Method } from "../../shapes/apigateway.js";
import { BoundedCache, type CacheLimits } from "./bounded-cache.js";

interface Entry {
  header: string;
  authorizer: Authorizer;
  method: Method;
  poolId: string;
  kid: string;
  key: KeyObject;
  exp: number;
  findings: Finding[];
  claims: Record<string, unknown>;
}

/**
 * The map key: a header's last characters, which end in the token's signature. Hashing the whole header (about a
 * kilobyte for an ID token) on every request cost more than the rest of the lookup; the entry keeps the whole
 * header, compared in full, so two headers sharing an ending only miss (and are evaluated afresh).
 */
const keyOf = (header: string) => (header.length > 64 ? header.slice(-64) : header);

/**
 * Remembers "allow" decisions per identity-header value. The Cognito decision depends only on the token, the
 * deployed authorizer and method (immutable snapshot objects, compared by identity), the signing key and the
 * clock; an entry is reused only while all of them are unchanged and `now < exp`, so the answer is the one
 * evaluateCognitoAuthorizer would give. Refusals are never remembered. Bounded by count and by the characters of
 * the kept headers (each entry keeps its whole header); a header over 4200 characters is never kept.
 */
export class AllowMemo {
  private readonly entries: BoundedCache<Entry>;
  constructor(limits: CacheLimits = { entries: 5000, chars: 8 * 1024 * 1024, entryChars: 4200 }) {
    this.entries = new BoundedCache(limits);
  }

  get(header: string, authorizer: Authorizer, method: Method, now: number, keys: (poolId: string, kid: string) => KeyObject | undefined): Entry | undefined {
    const e = this.entries.get(keyOf(header));
    if (!e || e.header !== header || e.authorizer !== authorizer || e.method !== method || now >= e.exp || keys(e.poolId, e.kid) !== e.key) return undefined;
    return e;
  }

  set(header: string, entry: Omit<Entry, "header">): void {
    this.entries.set(keyOf(header), { ...entry, header }, header.length);
  }
}

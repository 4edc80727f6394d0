/**
 * Remembers what an authorizer function returned, per authorizer and identity-source values, for the authorizer's
 * TTL. Only answers are kept (an allow or deny policy), never failures; each request judges the kept policy against
 * its own method ARN, as API Gateway does. Bounded.
 */
export class LambdaAuthorizerCache {
  private readonly entries = new Map<string, { result: unknown; expiresMs: number }>();
  constructor(private readonly capacity = 1000) {}
  get(key: string, nowMs: number): unknown {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (nowMs >= e.expiresMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.result;
  }
  set(key: string, result: unknown, expiresMs: number): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { result, expiresMs });
  }
}

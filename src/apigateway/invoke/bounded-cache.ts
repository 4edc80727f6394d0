export interface CacheLimits {
  /** Most entries kept. */
  entries: number;
  /** Most characters kept, summed over the entries' weights (by default their key lengths). */
  chars: number;
  /** An entry heavier than this is not kept at all: it is computed afresh each time instead. */
  entryChars: number;
}

/**
 * A map bounded by entry count and by characters. A count alone is no bound when the caller picks the key: 1000
 * routed paths of 60 KB each held 86–155 MB per deployment. Oldest entries leave first (insertion order), as in
 * the count-bounded maps this replaces.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private weights = 0;
  constructor(private readonly limits: CacheLimits) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  /** Keeps `value` unless it weighs more than `entryChars`; says whether it was kept. */
  set(key: string, value: V, weight = key.length): boolean {
    this.delete(key);
    if (weight > this.limits.entryChars) return false;
    while (this.entries.size > 0 && (this.entries.size >= this.limits.entries || this.weights + weight > this.limits.chars))
      this.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, weight });
    this.weights += weight;
    return true;
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.weights -= e.weight;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The summed weight of what is kept. */
  get chars(): number {
    return this.weights;
  }
}

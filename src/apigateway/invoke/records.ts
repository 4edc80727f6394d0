import type { Finding } from "../../checks/types.js";

/** One invocation as GET /_poolgate/requests reports it. */
export interface InvocationRecord extends Omit<StoredFields, "timeMs"> {
  /** ISO 8601. */
  time: string;
  /** Every check that ran, with its status. */
  checks: { id: string; status: string; messageKey: string }[];
}

type CheckSummary = InvocationRecord["checks"][number];

/** What is kept per invocation. */
interface StoredFields {
  timeMs: number;
  requestId: string;
  method: string;
  path: string;
  apiId: string;
  stage: string;
  status: number;
  decision: "allow" | "deny" | "error";
  /** The check that refused the request, with what it saw and what it wanted. */
  cause?: { id: string; messageKey: string; actual?: unknown; expected?: unknown };
}

/**
 * The last N invocations in memory (a ring buffer); the cause of a refusal never goes on the wire unless asked.
 * Each record keeps a summary of its checks shared with every invocation that ran the same checks to the same
 * ends, not its own findings: kept for hundreds of requests, those objects outlived the young generation and made
 * the collector's work per request grow.
 */
export class InvocationRecords {
  private readonly items: (StoredFields & { checks: readonly CheckSummary[] })[] = [];
  private readonly summaries = new Map<string, readonly CheckSummary[]>();
  private next = 0;
  constructor(private readonly capacity = 500) {}

  add(r: StoredFields & { checks: readonly CheckSummary[] }): void {
    if (this.items.length < this.capacity) this.items.push(r);
    else this.items[this.next] = r;
    this.next = (this.next + 1) % this.capacity;
  }

  /** The shared summary of these findings, for add(). */
  summarise(findings: Finding[]): readonly CheckSummary[] {
    let key = "";
    for (const f of findings) key += `${f.id}\u0000${f.status}\u0000${f.messageKey}\u0001`;
    let checks = this.summaries.get(key);
    if (!checks) {
      checks = findings.map((f) => Object.freeze({ id: f.id, status: f.status, messageKey: f.messageKey }));
      if (this.summaries.size >= 1000) this.summaries.clear();
      this.summaries.set(key, checks);
    }
    return checks;
  }

  /** Newest first. */
  recent(limit = this.capacity): InvocationRecord[] {
    const ordered = this.items.length < this.capacity ? this.items : [...this.items.slice(this.next), ...this.items.slice(0, this.next)];
    return ordered
      .slice(-limit)
      .reverse()
      .map(({ checks, timeMs, ...rest }) => ({
        time: new Date(timeMs).toISOString(),
        ...rest,
        checks: checks.map((c) => ({ ...c })),
      }));
  }
}

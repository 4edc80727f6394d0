import type { Finding } from "../../checks/types.js";

/** One invocation as GET /_poolgate/requests reports it. */
export interface InvocationRecord extends Omit<StoredFields, "timeMs"> {
  /** ISO 8601. */
  time: string;
  /** Every check that ran, with its status. */
  checks: { id: string; status: string; messageKey: string }[];
}

/** What is kept per invocation: the findings themselves, summarised only when someone reads the records. */
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

/** The last N invocations in memory (a ring buffer); the cause of a refusal never goes on the wire unless asked. */
export class InvocationRecords {
  private readonly items: (StoredFields & { findings: Finding[] })[] = [];
  private next = 0;
  constructor(private readonly capacity = 500) {}

  add(r: StoredFields & { findings: Finding[] }): void {
    if (this.items.length < this.capacity) this.items.push(r);
    else this.items[this.next] = r;
    this.next = (this.next + 1) % this.capacity;
  }

  /** Newest first. */
  recent(limit = this.capacity): InvocationRecord[] {
    const ordered = this.items.length < this.capacity ? this.items : [...this.items.slice(this.next), ...this.items.slice(0, this.next)];
    return ordered
      .slice(-limit)
      .reverse()
      .map(({ findings, timeMs, ...rest }) => ({
        time: new Date(timeMs).toISOString(),
        ...rest,
        checks: findings.map((f) => ({ id: f.id, status: f.status, messageKey: f.messageKey })),
      }));
  }
}

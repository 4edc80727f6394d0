import type { Finding } from "../../checks/types.js";

/** One invocation as GET /_poolgate/requests reports it. */
export interface InvocationRecord extends Omit<StoredFields, "timeMs"> {
  /** ISO 8601. */
  time: string;
  /** Every check that ran, with its status. */
  checks: { id: string; status: string; messageKey: string }[];
}

type CheckSummary = InvocationRecord["checks"][number];

interface SummaryNode {
  next: Map<string, SummaryNode>;
  checks?: readonly CheckSummary[];
}

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
  private readonly summaries: SummaryNode = { next: new Map() };
  private summaryNodes = 0;
  private next = 0;
  constructor(private readonly capacity = 500) {}

  add(r: StoredFields & { checks: readonly CheckSummary[] }): void {
    if (this.items.length < this.capacity) this.items.push(r);
    else this.items[this.next] = r;
    this.next = (this.next + 1) % this.capacity;
  }

  /**
   * The shared summary of these findings, for add(). Found by walking a trie on each finding's id, status and
   * message key: those are constant strings from the checks' definitions, whose hashes V8 keeps, where a key
   * joined from them would be a new string to hash on every request.
   */
  summarise(findings: Finding[]): readonly CheckSummary[] {
    let node = this.summaries;
    for (const f of findings) node = this.child(this.child(this.child(node, f.id), f.status), f.messageKey);
    node.checks ??= findings.map((f) => Object.freeze({ id: f.id, status: f.status, messageKey: f.messageKey }));
    return node.checks;
  }

  private child(node: SummaryNode, key: string): SummaryNode {
    let next = node.next.get(key);
    if (!next) {
      // Bounded: the checks report a closed set of message keys, but start afresh rather than grow without end.
      if (++this.summaryNodes > 10_000) {
        this.summaries.next.clear();
        this.summaryNodes = 0;
      }
      next = { next: new Map() };
      node.next.set(key, next);
    }
    return next;
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

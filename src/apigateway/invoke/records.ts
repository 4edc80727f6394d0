import type { Finding } from "../../checks/types.js";

/** One invocation as GET /_poolgate/requests reports it. */
export interface InvocationRecord {
  time: string;
  requestId: string;
  method: string;
  path: string;
  apiId: string;
  stage: string;
  status: number;
  decision: "allow" | "deny" | "error";
  /** Every check that ran, with its status. */
  checks: { id: string; status: string; messageKey: string }[];
  /** The check that refused the request, with what it saw and what it wanted. */
  cause?: { id: string; messageKey: string; actual?: unknown; expected?: unknown };
}

/** The last N invocations in memory (a ring buffer); the cause of a refusal never goes on the wire unless asked. */
export class InvocationRecords {
  private readonly items: InvocationRecord[] = [];
  constructor(private readonly capacity = 500) {}

  add(r: InvocationRecord): void {
    this.items.push(r);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
  }

  /** Newest first. */
  recent(limit = this.capacity): InvocationRecord[] {
    return this.items.slice(-limit).reverse();
  }
}

export const summariseChecks = (findings: Finding[]) => findings.map((f) => ({ id: f.id, status: f.status, messageKey: f.messageKey }));

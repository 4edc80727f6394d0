import type { DeploymentReader, DeploymentSnapshot } from "../../shapes/apigateway.js";

/**
 * Deployments are immutable once created, so a parsed snapshot can be kept: a stage is looked up on every
 * request (it may be repointed at any time), its deployment's snapshot only once. Keeping the same object also
 * lets per-snapshot work (compiled routes, remembered authorizer decisions) be reused. A deployment can only be
 * deleted when no stage points at it, so a kept snapshot is never served after its deletion. Bounded by count
 * alone: keys are the ids of deployments a stage points at (never caller-chosen text), and what hangs off a kept
 * snapshot per request (routed paths) bounds its own characters (match-route.ts).
 */
export class SnapshotCache {
  private readonly entries = new Map<string, DeploymentSnapshot>();
  constructor(private readonly capacity = 200) {}

  get(reader: DeploymentReader, restApiId: string, deploymentId: string): DeploymentSnapshot | undefined {
    const key = `${restApiId}/${deploymentId}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const snapshot = reader.snapshot(restApiId, deploymentId);
    if (!snapshot) return undefined;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, snapshot);
    return snapshot;
  }
}

import type { Statement } from "better-sqlite3";
import type { ApiKey, ApiKeyMatch, UsagePlan } from "../../shapes/apigateway.js";
import type { Db } from "../db.js";

/** API keys, in creation order. The value is unique across the account, as on AWS. */
export class ApiKeyRepo {
  private readonly getStmt: Statement;
  private readonly byValueStmt: Statement;
  private readonly matchStmt: Statement;
  constructor(private readonly db: Db) {
    this.getStmt = db.prepare("SELECT data FROM apigw_api_keys WHERE id = ?");
    this.byValueStmt = db.prepare("SELECT id FROM apigw_api_keys WHERE value = ?");
    // One statement for the invoke path: the key by its unique value, and whether a plan that lists it
    // covers this API stage (both sub-lookups go through primary keys or the key_id index).
    this.matchStmt = db.prepare(
      "SELECT k.id, k.enabled, (SELECT pk.usage_plan_id FROM apigw_usage_plan_keys pk JOIN apigw_usage_plan_stages ps " +
        "ON ps.usage_plan_id = pk.usage_plan_id AND ps.rest_api_id = ? AND ps.stage_name = ? WHERE pk.key_id = k.id LIMIT 1) AS plan_id " +
        "FROM apigw_api_keys k WHERE k.value = ?",
    );
  }
  get(id: string): ApiKey | undefined {
    const row = this.getStmt.get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as ApiKey) : undefined;
  }
  list(): ApiKey[] {
    return (this.db.prepare("SELECT data FROM apigw_api_keys ORDER BY seq").all() as { data: string }[]).map((r) => JSON.parse(r.data) as ApiKey);
  }
  idOfValue(value: string): string | undefined {
    return (this.byValueStmt.get(value) as { id: string } | undefined)?.id;
  }
  /** The key with this value, and the id of a usage plan that admits it to this API stage. */
  match(value: string, restApiId: string, stageName: string): (Omit<ApiKeyMatch, "plan"> & { planId?: string }) | undefined {
    const row = this.matchStmt.get(restApiId, stageName, value) as { id: string; enabled: number; plan_id: string | null } | undefined;
    if (!row) return undefined;
    return { id: row.id, enabled: row.enabled === 1, inUsagePlanOfStage: row.plan_id !== null, ...(row.plan_id === null ? {} : { planId: row.plan_id }) };
  }
  put(key: ApiKey): void {
    this.db
      .prepare(
        "INSERT INTO apigw_api_keys (id, seq, value, enabled, data) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM apigw_api_keys), ?, ?, ?) " +
          "ON CONFLICT(id) DO UPDATE SET value = excluded.value, enabled = excluded.enabled, data = excluded.data",
      )
      .run(key.id, key.value, key.enabled ? 1 : 0, JSON.stringify(key));
  }
  /** Also takes the key out of every usage plan (the foreign keys cascade). */
  delete(id: string): boolean {
    return this.db.prepare("DELETE FROM apigw_api_keys WHERE id = ?").run(id).changes > 0;
  }
}

/** Usage plans, with their API stages mirrored into rows for the invoke path's look-up, and the keys they list. */
export class UsagePlanRepo {
  private readonly getStmt: Statement;
  constructor(private readonly db: Db) {
    this.getStmt = db.prepare("SELECT data FROM apigw_usage_plans WHERE id = ?");
  }
  get(id: string): UsagePlan | undefined {
    const row = this.getStmt.get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as UsagePlan) : undefined;
  }
  list(): UsagePlan[] {
    return (this.db.prepare("SELECT data FROM apigw_usage_plans ORDER BY seq").all() as { data: string }[]).map((r) => JSON.parse(r.data) as UsagePlan);
  }
  /** The plans that list a key, in creation order (GetUsagePlans with keyId). */
  listWithKey(keyId: string): UsagePlan[] {
    return (
      this.db
        .prepare("SELECT p.data FROM apigw_usage_plans p JOIN apigw_usage_plan_keys pk ON pk.usage_plan_id = p.id WHERE pk.key_id = ? ORDER BY p.seq")
        .all(keyId) as { data: string }[]
    ).map((r) => JSON.parse(r.data) as UsagePlan);
  }
  /** Writes the plan and replaces its stage rows; call inside a transaction. */
  put(plan: UsagePlan): void {
    this.db
      .prepare(
        "INSERT INTO apigw_usage_plans (id, seq, data) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM apigw_usage_plans), ?) " +
          "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
      )
      .run(plan.id, JSON.stringify(plan));
    this.db.prepare("DELETE FROM apigw_usage_plan_stages WHERE usage_plan_id = ?").run(plan.id);
    const insert = this.db.prepare("INSERT OR IGNORE INTO apigw_usage_plan_stages (usage_plan_id, rest_api_id, stage_name) VALUES (?, ?, ?)");
    for (const s of plan.apiStages) insert.run(plan.id, s.apiId, s.stage);
  }
  /** Cascades to the plan's stage rows and key associations. */
  delete(id: string): boolean {
    return this.db.prepare("DELETE FROM apigw_usage_plans WHERE id = ?").run(id).changes > 0;
  }
  keyIds(planId: string): string[] {
    return (this.db.prepare("SELECT key_id FROM apigw_usage_plan_keys WHERE usage_plan_id = ? ORDER BY seq").all(planId) as { key_id: string }[]).map(
      (r) => r.key_id,
    );
  }
  hasKey(planId: string, keyId: string): boolean {
    return this.db.prepare("SELECT 1 FROM apigw_usage_plan_keys WHERE usage_plan_id = ? AND key_id = ?").get(planId, keyId) !== undefined;
  }
  addKey(planId: string, keyId: string): void {
    this.db
      .prepare("INSERT INTO apigw_usage_plan_keys (usage_plan_id, key_id, seq) VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM apigw_usage_plan_keys))")
      .run(planId, keyId);
  }
  removeKey(planId: string, keyId: string): boolean {
    return this.db.prepare("DELETE FROM apigw_usage_plan_keys WHERE usage_plan_id = ? AND key_id = ?").run(planId, keyId).changes > 0;
  }
}

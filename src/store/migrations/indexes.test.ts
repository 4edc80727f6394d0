import assert from "node:assert/strict";
import { it } from "node:test";
import { openDatabase } from "../db.js";

// Each insert numbers its row with MAX(seq) + 1, and ListUsers pages by creation order: both must use an index,
// or every SignUp costs time proportional to the users already there.
it("numbers and pages users and API Gateway rows through indexes, not table scans", () => {
  const db = openDatabase({ dataDir: "", ephemeral: true });
  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join("; ");
  assert.match(plan("SELECT MAX(created_seq) FROM users"), /USING COVERING INDEX users_created_seq/);
  assert.match(plan("SELECT data FROM users WHERE pool_id = 'p' AND created_seq > 0 ORDER BY created_seq LIMIT 60"), /USING INDEX users_pool_seq/);
  for (const t of ["apigw_rest_apis", "apigw_resources", "apigw_stages"]) assert.match(plan(`SELECT MAX(seq) FROM ${t}`), /USING COVERING INDEX/);
  assert.match(plan("DELETE FROM auth_sessions WHERE expires_at <= 0"), /USING (COVERING )?INDEX auth_sessions_expiry/);
  db.close();
});

import assert from "node:assert/strict";
import { test } from "node:test";
import type { Finding } from "../../checks/types.js";
import { InvocationRecords } from "./records.js";

const finding = (id: string, status: Finding["status"], messageKey: string, params?: Record<string, string>) => ({ id, status, messageKey, params }) as Finding;
const record = (requestId: string, status: number) => ({
  timeMs: 0,
  requestId,
  method: "GET",
  path: "/dev/x",
  apiId: "a",
  stage: "dev",
  status,
  decision: "allow" as const,
});

test("each record lists its own checks, newest first, whatever other records ran", () => {
  const records = new InvocationRecords(3);
  const allowed = [finding("request.stage", "pass", "ok", { stage: "dev" }), finding("request.route", "pass", "ok")];
  const refused = [finding("request.stage", "pass", "ok"), finding("request.route", "fail", "no-method")];
  records.add({ ...record("r1", 200), checks: records.summarise(allowed) });
  records.add({ ...record("r2", 403), checks: records.summarise(refused) });
  records.add({ ...record("r3", 200), checks: records.summarise([...allowed]) });
  records.add({ ...record("r4", 200), checks: records.summarise(allowed.slice(0, 1)) });
  const recent = records.recent();
  assert.deepEqual(
    recent.map((r) => [r.requestId, r.checks.map((c) => `${c.id}:${c.status}:${c.messageKey}`)]),
    [
      ["r4", ["request.stage:pass:ok"]],
      ["r3", ["request.stage:pass:ok", "request.route:pass:ok"]],
      ["r2", ["request.stage:pass:ok", "request.route:fail:no-method"]],
    ],
  );
  // What a reader gets is its own: changing it does not change the next read.
  (recent[1].checks[0] as { status: string }).status = "changed";
  assert.equal(records.recent()[1].checks[0].status, "pass");
});

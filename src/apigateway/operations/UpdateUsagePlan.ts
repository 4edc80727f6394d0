import type { UsagePlan } from "../../shapes/apigateway.js";
import { checkApiStage, parseApiStageValue, requireUsagePlan } from "../control/api-keys.js";
import { badRequest } from "../control/errors.js";
import { apigw } from "../control/lookup.js";
import { applyPatch, type PatchOperation, patchInteger, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

const QUOTA_PERIODS = ["DAY", "WEEK", "MONTH"];

function patchRate(op: PatchOperation): number {
  const n = Number(op.value);
  if (op.value === undefined || op.value === "" || !Number.isFinite(n) || n < 0)
    throw badRequest(`Invalid value for ${op.path}: ${op.value ?? "null"}. Must be a number`);
  return n;
}

/**
 * Patches a usage plan as the AWS CLI and Terraform do: scalars by `replace`, stages one at a time by `add` or
 * `remove` on /apiStages with the value "apiId:stage", throttle and quota members by `replace` (numbers as strings).
 */
export const UpdateUsagePlan = defineRestOperation({
  name: "UpdateUsagePlan",
  method: "PATCH",
  path: "/usageplans/{usagePlanId}",
  status: 200,
  run(s, req) {
    const plan: UsagePlan = structuredClone(requireUsagePlan(s, req.path.usagePlanId as string));
    applyPatch(plan, patchOperationsOf(req.body), [
      scalarRule("/name", (t, v) => {
        if (!v) throw badRequest("Invalid usage plan name specified");
        t.name = v;
      }),
      scalarRule("/description", (t, v) => {
        t.description = v;
      }),
      scalarRule("/productCode", (t, v) => {
        t.productCode = v;
      }),
      {
        path: "/apiStages",
        ops: ["add", "remove"],
        apply: (t, op) => {
          const { apiId, stage } = parseApiStageValue(op.value);
          const at = t.apiStages.findIndex((x) => x.apiId === apiId && x.stage === stage);
          if (op.op === "add") {
            if (at < 0) t.apiStages.push(checkApiStage(s, apiId, stage));
          } else if (at >= 0) t.apiStages.splice(at, 1);
          else throw badRequest(`Invalid API Stage specified: ${op.value} is not in the usage plan`);
        },
      },
      scalarRule("/throttle/burstLimit", (t, _v, op) => {
        t.throttle = { ...t.throttle, burstLimit: patchInteger(op) };
      }),
      scalarRule("/throttle/rateLimit", (t, _v, op) => {
        t.throttle = { ...t.throttle, rateLimit: patchRate(op) };
      }),
      scalarRule("/quota/limit", (t, _v, op) => {
        t.quota = { period: "DAY", offset: 0, ...t.quota, limit: patchInteger(op) };
      }),
      scalarRule("/quota/offset", (t, _v, op) => {
        t.quota = { period: "DAY", ...t.quota, offset: patchInteger(op) };
      }),
      scalarRule("/quota/period", (t, v) => {
        if (!v || !QUOTA_PERIODS.includes(v)) throw badRequest(`Invalid quota period specified: ${v ?? "null"}. Must be one of: [${QUOTA_PERIODS.join(", ")}]`);
        t.quota = { offset: 0, ...t.quota, period: v };
      }),
      scalarRule(
        "/throttle",
        (t) => {
          t.throttle = undefined;
        },
        ["remove"],
      ),
      scalarRule(
        "/quota",
        (t) => {
          t.quota = undefined;
        },
        ["remove"],
      ),
    ]);
    const store = apigw(s);
    store.tx(() => store.usagePlans.put(plan));
    return plan;
  },
});

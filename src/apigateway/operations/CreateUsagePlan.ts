import type { UsagePlan } from "../../shapes/apigateway.js";
import { int, list, map, str, struct } from "../../wire/validation.js";
import { checkApiStage } from "../control/api-keys.js";
import { apigw } from "../control/lookup.js";
import { checkQuota, checkThrottle, THROTTLE_SHAPE } from "../control/usage-plans.js";
import { defineRestOperation } from "../operation.js";

/** A usage plan. Its throttle and quota are stored and returned, not enforced. */
export const CreateUsagePlan = defineRestOperation({
  name: "CreateUsagePlan",
  method: "POST",
  path: "/usageplans",
  status: 201,
  input: {
    name: str({ required: true }),
    description: str(),
    apiStages: list({ member: struct({ apiId: str(), stage: str(), throttle: map() }) }),
    throttle: THROTTLE_SHAPE,
    quota: struct({ limit: int(), offset: int(), period: str({ enum: ["DAY", "WEEK", "MONTH"] }) }),
    tags: map(),
  },
  run(s, req) {
    const b = req.body;
    const store = apigw(s);
    const plan: UsagePlan = {
      id: s.ids.apiGatewayId(6),
      name: b.name,
      description: b.description,
      apiStages: ((b.apiStages ?? []) as Record<string, unknown>[]).map((st) => {
        const stage = checkApiStage(s, st.apiId, st.stage);
        const throttle = st.throttle as Record<string, unknown> | undefined;
        return throttle ? { ...stage, throttle: Object.fromEntries(Object.entries(throttle).map(([k, v]) => [k, checkThrottle(v)])) } : stage;
      }),
      throttle: b.throttle === undefined ? undefined : checkThrottle(b.throttle),
      quota: b.quota === undefined ? undefined : checkQuota(b.quota),
      tags: b.tags,
    };
    store.tx(() => store.usagePlans.put(plan));
    return plan;
  },
});

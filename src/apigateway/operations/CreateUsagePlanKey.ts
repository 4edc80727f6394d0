import { str } from "../../wire/validation.js";
import { requireApiKeyRecord, requireUsagePlan, usagePlanKeyView } from "../control/api-keys.js";
import { conflict } from "../control/errors.js";
import { apigw } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

/** Puts an existing API key in a usage plan; the answer is the UsagePlanKey (the key's id, type, value, name). */
export const CreateUsagePlanKey = defineRestOperation({
  name: "CreateUsagePlanKey",
  method: "POST",
  path: "/usageplans/{usagePlanId}/keys",
  status: 201,
  input: {
    keyId: str({ required: true }),
    keyType: str({ required: true, enum: ["API_KEY"] }),
  },
  run(s, req) {
    const plan = requireUsagePlan(s, req.path.usagePlanId as string);
    const key = requireApiKeyRecord(s, req.body.keyId);
    const store = apigw(s);
    // poolgate's wording: AWS refuses a key already in the plan; its message is not known.
    if (store.usagePlans.hasKey(plan.id, key.id)) throw conflict(`API Key ${key.id} is already in usage plan ${plan.id}`);
    store.usagePlans.addKey(plan.id, key.id);
    return usagePlanKeyView(key);
  },
});

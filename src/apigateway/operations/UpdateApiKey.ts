import { epochSeconds } from "../../platform/clock.js";
import type { ApiKey } from "../../shapes/apigateway.js";
import { requireApiKeyRecord } from "../control/api-keys.js";
import { badRequest } from "../control/errors.js";
import { apigw, requireStage } from "../control/lookup.js";
import { applyPatch, patchBoolean, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

/** The paths AWS documents for UpdateApiKey; the value itself cannot be changed. */
export const UpdateApiKey = defineRestOperation({
  name: "UpdateApiKey",
  method: "PATCH",
  path: "/apikeys/{apiKey}",
  status: 200,
  run(s, req) {
    const key: ApiKey = { ...requireApiKeyRecord(s, req.path.apiKey as string) };
    applyPatch(key, patchOperationsOf(req.body), [
      scalarRule("/name", (t, v) => {
        t.name = v;
      }),
      scalarRule("/description", (t, v) => {
        t.description = v;
      }),
      scalarRule("/customerId", (t, v) => {
        t.customerId = v;
      }),
      scalarRule("/enabled", (t, _v, op) => {
        t.enabled = patchBoolean(op);
      }),
      {
        // The legacy stage associations, "restApiId/stageName".
        path: "/stages",
        ops: ["add", "remove"],
        apply: (t, op) => {
          const [restApiId, stageName] = (op.value ?? "").split("/");
          if (!restApiId || !stageName) throw badRequest(`Invalid stage key specified: ${op.value ?? "null"}`);
          const stageKey = `${restApiId}/${stageName}`;
          if (op.op === "add") {
            requireStage(s, restApiId, stageName);
            if (!t.stageKeys.includes(stageKey)) t.stageKeys = [...t.stageKeys, stageKey];
          } else t.stageKeys = t.stageKeys.filter((k) => k !== stageKey);
        },
      },
    ]);
    key.lastUpdatedDate = epochSeconds(s.clock);
    apigw(s).apiKeys.put(key);
    return key;
  },
});

import { epochSeconds } from "../../platform/clock.js";
import type { ApiKey } from "../../shapes/apigateway.js";
import { bool, list, map, str, struct } from "../../wire/validation.js";
import { checkKeyValue, generateKeyValue } from "../control/api-keys.js";
import { apigw, requireStage } from "../control/lookup.js";
import { defineRestOperation } from "../operation.js";

/**
 * A new API key. It is disabled unless `enabled: true` is sent (the AWS default, which is why the CDK and the
 * console set it explicitly). The answer carries the value, generated when none is given.
 */
export const CreateApiKey = defineRestOperation({
  name: "CreateApiKey",
  method: "POST",
  path: "/apikeys",
  status: 201,
  input: {
    name: str(),
    description: str(),
    enabled: bool(),
    // Accepted and ignored: ids are always distinct from values here.
    generateDistinctId: bool(),
    value: str(),
    stageKeys: list({ member: struct({ restApiId: str(), stageName: str() }) }),
    customerId: str(),
    tags: map(),
  },
  run(s, req) {
    const b = req.body;
    const value = b.value === undefined || b.value === null ? generateKeyValue(s) : checkKeyValue(s, b.value);
    const stageKeys = ((b.stageKeys ?? []) as { restApiId?: string; stageName?: string }[]).map((k) => {
      const stage = requireStage(s, k.restApiId ?? "", k.stageName ?? "");
      return `${stage.restApiId}/${stage.stageName}`;
    });
    const now = epochSeconds(s.clock);
    const key: ApiKey = {
      id: s.ids.apiGatewayId(10),
      value,
      name: b.name,
      customerId: b.customerId,
      description: b.description,
      enabled: b.enabled === true,
      createdDate: now,
      lastUpdatedDate: now,
      stageKeys,
      tags: b.tags,
    };
    apigw(s).apiKeys.put(key);
    return key;
  },
});

import { epochSeconds } from "../../platform/clock.js";
import type { SchemaAttribute } from "../../store/cognito/records.js";
import { invalidParameter } from "../../wire/errors.js";
import { bool, list, Model, str, struct } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { customAttribute } from "../pools/settings.js";

/** Cognito quotas page: 50 custom attributes per user pool. */
const MAX_CUSTOM_ATTRIBUTES = 50;

const SchemaAttributeField = struct({
  Name: str({ min: 1, max: 20, pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" }),
  AttributeDataType: str({ enum: ["String", "Number", "DateTime", "Boolean"] }),
  DeveloperOnlyAttribute: bool(),
  Mutable: bool(),
  Required: bool(),
  NumberAttributeConstraints: struct({ MinValue: str(), MaxValue: str() }),
  StringAttributeConstraints: struct({ MinLength: str(), MaxLength: str() }),
});

const isCustom = (a: SchemaAttribute) => a.Name.startsWith("custom:") || a.Name.startsWith("dev:");

/** Appends custom attributes to the pool's SchemaAttributes (attributes can be added, never changed or removed). */
export const AddCustomAttributes = defineOperation({
  name: "AddCustomAttributes",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId, CustomAttributes: list({ required: true, min: 1, max: 25, member: SchemaAttributeField }) },
  run(s, req: { UserPoolId: string; CustomAttributes: Record<string, any>[] }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const schema = [...pool.SchemaAttributes];
    for (const a of req.CustomAttributes) {
      // Wording as AWS answers it (moto and cognito-local reproduce the same messages).
      if (a.Required === true) throw invalidParameter("Required custom attributes are not supported currently.");
      const added = customAttribute(a);
      if (schema.some((x) => x.Name === added.Name)) throw invalidParameter(`${added.Name}: Existing attribute already has name ${added.Name}.`);
      schema.push(added);
    }
    const count = schema.filter(isCustom).length;
    // Message inferred.
    if (count > MAX_CUSTOM_ATTRIBUTES)
      throw invalidParameter(`A user pool can have at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes; this request would make ${count}.`);
    s.cognito.pools.put({ ...pool, SchemaAttributes: schema, LastModifiedDate: epochSeconds(s.clock) });
    s.log.info("custom attributes added", { userPoolId: pool.Id, names: req.CustomAttributes.map((a) => a.Name) });
    return {};
  },
});

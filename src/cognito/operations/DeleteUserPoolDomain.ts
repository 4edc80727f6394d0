import { invalidParameter } from "../../wire/errors.js";
import { Model, str } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";

export const DeleteUserPoolDomain = defineOperation({
  name: "DeleteUserPoolDomain",
  auth: "iam",
  input: { Domain: str({ required: true, min: 1, max: 63 }), UserPoolId: Model.UserPoolId },
  run(s, req: { Domain: string; UserPoolId: string }) {
    const d = s.cognito.domains.get(req.Domain);
    const pool = s.cognito.pools.get(req.UserPoolId);
    // Wording as commonly reported for a domain that is not the pool's.
    if (!d || !pool || d.UserPoolId !== pool.Id) throw invalidParameter("No such domain or user pool exists.");
    const { Domain: _d, CustomDomain: _c, ...rest } = pool;
    const kept = {
      ...rest,
      ...(pool.Domain && pool.Domain !== d.Domain ? { Domain: pool.Domain } : {}),
      ...(pool.CustomDomain && pool.CustomDomain !== d.Domain ? { CustomDomain: pool.CustomDomain } : {}),
    };
    s.cognito.tx(() => {
      s.cognito.domains.delete(d.Domain);
      s.cognito.pools.put(kept);
    });
    s.log.info("user pool domain deleted", { userPoolId: pool.Id, domain: d.Domain });
    return {};
  },
});

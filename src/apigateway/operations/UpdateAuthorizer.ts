import type { Authorizer } from "../../shapes/apigateway.js";
import { AUTHORIZER_TYPES, checkAuthorizer } from "../control/authorizers.js";
import { badRequest } from "../control/errors.js";
import { apigw, requireAuthorizer } from "../control/lookup.js";
import { applyPatch, patchInteger, patchOperationsOf, scalarRule } from "../control/patch.js";
import { defineRestOperation } from "../operation.js";

/**
 * Patches an authorizer as Terraform does it: scalars by `replace` (numbers as strings), pools one ARN at a
 * time by `add`/`remove` on /providerARNs; the result is checked like CreateAuthorizer's input, so the list
 * may not end up empty.
 */
export const UpdateAuthorizer = defineRestOperation({
  name: "UpdateAuthorizer",
  method: "PATCH",
  path: "/restapis/{restApiId}/authorizers/{authorizerId}",
  status: 200,
  run(s, req) {
    const restApiId = req.path.restApiId as string;
    const a: Authorizer = { ...requireAuthorizer(s, restApiId, req.path.authorizerId as string) };
    const text = (field: "identitySource" | "identityValidationExpression" | "authorizerUri" | "authorizerCredentials" | "authType") =>
      scalarRule<Authorizer>(`/${field}`, (t, v) => {
        t[field] = v;
      });
    applyPatch(a, patchOperationsOf(req.body), [
      scalarRule("/name", (t, v) => {
        if (!v) throw badRequest("Invalid authorizer name specified");
        t.name = v;
      }),
      scalarRule("/type", (t, v) => {
        if (!(AUTHORIZER_TYPES as readonly (string | undefined)[]).includes(v)) throw badRequest(`Invalid authorizer type specified: ${v}`);
        t.type = v as Authorizer["type"];
      }),
      text("identitySource"),
      text("identityValidationExpression"),
      text("authorizerUri"),
      text("authorizerCredentials"),
      text("authType"),
      scalarRule("/authorizerResultTtlInSeconds", (t, _v, op) => {
        t.authorizerResultTtlInSeconds = patchInteger(op);
      }),
      {
        path: "/providerARNs",
        ops: ["add", "remove"],
        apply: (t, op) => {
          const arns = [...(t.providerARNs ?? [])];
          if (op.value === undefined) throw badRequest("Invalid provider ARN null");
          if (op.op === "add" && !arns.includes(op.value)) arns.push(op.value);
          const at = arns.indexOf(op.value);
          if (op.op === "remove" && at >= 0) arns.splice(at, 1);
          t.providerARNs = arns;
        },
      },
    ]);
    const checked = checkAuthorizer(a);
    apigw(s).authorizers.put(restApiId, checked.id, checked);
    return checked;
  },
});

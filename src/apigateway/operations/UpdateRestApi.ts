import type { RestApi } from "../../shapes/apigateway.js";
import { badRequest } from "../control/errors.js";
import { apigw, requireApi } from "../control/lookup.js";
import { compact } from "../control/methods.js";
import { applyPatch, type PatchRule, patchBoolean, patchInteger, patchOperationsOf, scalarRule } from "../control/patch.js";
import { savePolicy } from "../control/policy.js";
import { defineRestOperation } from "../operation.js";

export const UpdateRestApi = defineRestOperation({
  name: "UpdateRestApi",
  method: "PATCH",
  path: "/restapis/{restApiId}",
  status: 200,
  run(s, req) {
    const api = { ...requireApi(s, req.path.restApiId as string) };
    const rules: PatchRule<RestApi>[] = [
      scalarRule("/name", (a, v) => {
        if (!v) throw badRequest("Invalid REST API name specified");
        a.name = v;
      }),
      scalarRule("/description", (a, v) => {
        a.description = v;
      }),
      scalarRule("/version", (a, v) => {
        a.version = v;
      }),
      scalarRule("/apiKeySource", (a, v) => {
        if (v !== "HEADER" && v !== "AUTHORIZER") throw badRequest(`Invalid apiKeySource specified: ${v}. Must be one of: [HEADER, AUTHORIZER]`);
        a.apiKeySource = v;
      }),
      scalarRule("/minimumCompressionSize", (a, v, op) => {
        a.minimumCompressionSize = v === undefined || v === "" ? undefined : patchInteger(op);
      }),
      scalarRule("/disableExecuteApiEndpoint", (a, _v, op) => {
        a.disableExecuteApiEndpoint = patchBoolean(op);
      }),
      // The resource policy: replace with a JSON document (an empty value clears it), or remove.
      scalarRule(
        "/policy",
        (a, v) => {
          a.policy = v ? savePolicy(v, s.config.region, a.id).stored : undefined;
        },
        ["replace", "remove"],
      ),
      {
        path: "/binaryMediaTypes/*",
        ops: ["add", "remove", "replace"],
        apply: (a, op, key) => {
          const set = new Set(a.binaryMediaTypes ?? []);
          if (op.op === "remove") set.delete(key);
          else if (op.op === "add") set.add(key);
          else {
            set.delete(key);
            if (op.value) set.add(op.value.replace(/~1/g, "/"));
          }
          a.binaryMediaTypes = set.size ? [...set] : undefined;
        },
      },
    ];
    applyPatch(api, patchOperationsOf(req.body), rules);
    compact(api);
    apigw(s).restApis.put(api);
    return api;
  },
});

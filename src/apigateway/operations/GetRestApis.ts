import { apigw } from "../control/lookup.js";
import { page } from "../control/paging.js";
import { defineRestOperation } from "../operation.js";

export const GetRestApis = defineRestOperation({
  name: "GetRestApis",
  method: "GET",
  path: "/restapis",
  status: 200,
  run: (s, req) => page(apigw(s).restApis.list(), req.query),
});

import { bool, int, list, map, str, struct } from "../../wire/validation.js";
import { createRestApi } from "../control/rest-apis.js";
import { defineRestOperation } from "../operation.js";

export const CreateRestApi = defineRestOperation({
  name: "CreateRestApi",
  method: "POST",
  path: "/restapis",
  status: 201,
  input: {
    name: str({ required: true }),
    description: str(),
    version: str(),
    cloneFrom: str(),
    binaryMediaTypes: list({ member: str() }),
    minimumCompressionSize: int({ min: 0, max: 10485760 }),
    apiKeySource: str({ enum: ["HEADER", "AUTHORIZER"] }),
    endpointConfiguration: struct({ types: list({ member: str({ enum: ["REGIONAL", "EDGE", "PRIVATE"] }) }), vpcEndpointIds: list({ member: str() }) }),
    policy: str(),
    tags: map(),
    disableExecuteApiEndpoint: bool(),
  },
  run: (s, req) => createRestApi(s, req.body as Parameters<typeof createRestApi>[1]),
});

import { Model, map, str, struct } from "../../wire/validation.js";
import { AUTH_FLOWS, initiate } from "../auth/initiate.js";
import { defineOperation } from "../operation.js";
import { requireClient, requirePool } from "../pools/lookup.js";

export const AdminInitiateAuth = defineOperation({
  name: "AdminInitiateAuth",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    ClientId: Model.ClientId,
    AuthFlow: str({ required: true, enum: AUTH_FLOWS }),
    AuthParameters: map(),
    ClientMetadata: map(),
    AnalyticsMetadata: struct(),
    ContextData: struct(),
    Session: str({ min: 20, max: 2048 }),
  },
  run(s, req: { UserPoolId: string; ClientId: string; AuthFlow: string; AuthParameters?: Record<string, string>; ClientMetadata?: Record<string, string> }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const client = requireClient(s.cognito, req.ClientId, pool.Id);
    return initiate({ s, pool, client, admin: true, clientMetadata: req.ClientMetadata }, req.AuthFlow, req.AuthParameters);
  },
});

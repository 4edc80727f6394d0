import { Model, map, str, struct } from "../../wire/validation.js";
import { AUTH_FLOWS, initiate } from "../auth/initiate.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";

export const InitiateAuth = defineOperation({
  name: "InitiateAuth",
  auth: "none",
  input: {
    AuthFlow: str({ required: true, enum: AUTH_FLOWS }),
    AuthParameters: map(),
    ClientMetadata: map(),
    ClientId: Model.ClientId,
    AnalyticsMetadata: struct(),
    UserContextData: struct(),
    Session: str({ min: 20, max: 2048 }),
  },
  run(s, req: { AuthFlow: string; AuthParameters?: Record<string, string>; ClientMetadata?: Record<string, string>; ClientId: string }) {
    const { client, pool } = requireClientForAuth(s.cognito, req.ClientId);
    return initiate({ s, pool, client, admin: false, clientMetadata: req.ClientMetadata }, req.AuthFlow, req.AuthParameters);
  },
});

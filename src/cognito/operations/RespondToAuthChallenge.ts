import { Model, map, str, struct } from "../../wire/validation.js";
import { CHALLENGE_NAMES, respond } from "../auth/initiate.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";

export const RespondToAuthChallenge = defineOperation({
  name: "RespondToAuthChallenge",
  auth: "none",
  input: {
    ClientId: Model.ClientId,
    ChallengeName: str({ required: true, enum: CHALLENGE_NAMES }),
    Session: str({ min: 20, max: 2048 }),
    ChallengeResponses: map(),
    AnalyticsMetadata: struct(),
    UserContextData: struct(),
    ClientMetadata: map(),
  },
  run(
    s,
    req: { ClientId: string; ChallengeName: string; Session?: string; ChallengeResponses?: Record<string, string>; ClientMetadata?: Record<string, string> },
  ) {
    const { client, pool } = requireClientForAuth(s.cognito, req.ClientId);
    return respond({ s, pool, client, admin: false, clientMetadata: req.ClientMetadata }, req.ChallengeName, req.Session, req.ChallengeResponses);
  },
});

import { Model, map, str, struct } from "../../wire/validation.js";
import { CHALLENGE_NAMES, respond } from "../auth/initiate.js";
import { defineOperation } from "../operation.js";
import { requireClient, requirePool } from "../pools/lookup.js";

export const AdminRespondToAuthChallenge = defineOperation({
  name: "AdminRespondToAuthChallenge",
  auth: "iam",
  input: {
    UserPoolId: Model.UserPoolId,
    ClientId: Model.ClientId,
    ChallengeName: str({ required: true, enum: CHALLENGE_NAMES }),
    Session: str({ min: 20, max: 2048 }),
    ChallengeResponses: map(),
    AnalyticsMetadata: struct(),
    ContextData: struct(),
    ClientMetadata: map(),
  },
  run(
    s,
    req: {
      UserPoolId: string;
      ClientId: string;
      ChallengeName: string;
      Session?: string;
      ChallengeResponses?: Record<string, string>;
      ClientMetadata?: Record<string, string>;
    },
  ) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const client = requireClient(s.cognito, req.ClientId, pool.Id);
    return respond({ s, pool, client, admin: true, clientMetadata: req.ClientMetadata }, req.ChallengeName, req.Session, req.ChallengeResponses);
  },
});

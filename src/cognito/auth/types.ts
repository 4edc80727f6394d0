import type { Services } from "../../services.js";
import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import type { TokenSet } from "../tokens/issue.js";

/** The output of InitiateAuth / RespondToAuthChallenge and their Admin forms (AWS wire shape). */
export interface AuthResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters: Record<string, string>;
  AuthenticationResult?: TokenSet;
  AvailableChallenges?: string[];
}

/** What every authentication step knows: the pool and client the caller named, and which API was used. */
export interface AuthScope {
  s: Services;
  pool: PoolRecord;
  client: ClientRecord;
  /** True for AdminInitiateAuth / AdminRespondToAuthChallenge (IAM-authorized). */
  admin: boolean;
  clientMetadata?: Record<string, string>;
}

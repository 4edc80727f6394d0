import { epochSeconds } from "../../platform/clock.js";
import type { ClientRecord } from "../../store/cognito/records.js";
import { cognitoError, invalidParameter } from "../../wire/errors.js";
import { type ClientSettingsRequest, checkSettingsForPool, orderedClient, settingsFrom } from "../clients/settings.js";
import { CREATE_CLIENT_SHAPE } from "../clients/shape.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";

/** Developer guide quotas: 1,000 app clients per user pool. */
const MAX_CLIENTS_PER_POOL = 1000;

type Request = ClientSettingsRequest & { UserPoolId: string; ClientName: string; GenerateSecret?: boolean; ClientSecret?: string };

export const CreateUserPoolClient = defineOperation({
  name: "CreateUserPoolClient",
  auth: "iam",
  input: CREATE_CLIENT_SHAPE,
  run(s, req: Request) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    // API reference: a client secret is either generated or supplied, not both. Message inferred.
    if (req.GenerateSecret && req.ClientSecret !== undefined) throw invalidParameter("Cannot set ClientSecret when GenerateSecret is true.");
    const secret = req.ClientSecret ?? (req.GenerateSecret ? s.ids.clientSecret() : undefined);
    // Message inferred.
    if (s.cognito.clients.listByPool(pool.Id).length >= MAX_CLIENTS_PER_POOL)
      throw cognitoError("LimitExceededException", `A user pool can have at most ${MAX_CLIENTS_PER_POOL} app clients.`);
    const settings = settingsFrom(req);
    checkSettingsForPool(s.cognito, pool, settings, secret !== undefined);
    const now = epochSeconds(s.clock);
    const client: ClientRecord = orderedClient({
      UserPoolId: pool.Id,
      ClientName: req.ClientName,
      ClientId: s.ids.clientId(),
      ...(secret !== undefined ? { ClientSecret: secret } : {}),
      LastModifiedDate: now,
      CreationDate: now,
      ...settings,
    });
    s.cognito.clients.put(client);
    s.log.info("app client created", { userPoolId: pool.Id, clientId: client.ClientId, name: client.ClientName });
    return { UserPoolClient: client };
  },
});

import { epochSeconds } from "../../platform/clock.js";
import type { ClientRecord } from "../../store/cognito/records.js";
import { type ClientSettingsRequest, checkSettingsForPool, orderedClient, settingsFrom } from "../clients/settings.js";
import { UPDATE_CLIENT_SHAPE } from "../clients/shape.js";
import { defineOperation } from "../operation.js";
import { requireClient, requirePool } from "../pools/lookup.js";

type Request = ClientSettingsRequest & { UserPoolId: string; ClientId: string; ClientName?: string };

/**
 * AWS semantics, as the API reference warns: every setting the request omits goes back to its default
 * (send the whole DescribeUserPoolClient output back to change one thing). The id, secret, creation date
 * and (when omitted) the name are kept.
 */
export const UpdateUserPoolClient = defineOperation({
  name: "UpdateUserPoolClient",
  auth: "iam",
  input: UPDATE_CLIENT_SHAPE,
  run(s, req: Request) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const current = requireClient(s.cognito, req.ClientId, pool.Id);
    const settings = settingsFrom(req);
    checkSettingsForPool(s.cognito, pool, settings, current.ClientSecret !== undefined);
    const client: ClientRecord = orderedClient({
      UserPoolId: pool.Id,
      ClientName: req.ClientName ?? current.ClientName,
      ClientId: current.ClientId,
      ...(current.ClientSecret !== undefined ? { ClientSecret: current.ClientSecret } : {}),
      LastModifiedDate: epochSeconds(s.clock),
      CreationDate: current.CreationDate,
      ...settings,
    });
    s.cognito.clients.put(client);
    s.log.info("app client updated", { userPoolId: pool.Id, clientId: client.ClientId });
    return { UserPoolClient: client };
  },
});

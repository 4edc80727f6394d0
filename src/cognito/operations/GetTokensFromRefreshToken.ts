import { AwsJsonError } from "../../wire/errors.js";
import { Model, map, str } from "../../wire/validation.js";
import { tokenServices } from "../auth/complete-sign-in.js";
import { requireFlow } from "../auth/explicit-flows.js";
import { constantTimeEqual } from "../auth/secret-hash.js";
import { defineOperation } from "../operation.js";
import { requireClientForAuth } from "../pools/lookup.js";
import { redeemRefreshToken } from "../tokens/refresh.js";

/**
 * The refresh operation Amplify v6 uses. With RefreshTokenRotation ENABLED the answer carries a new refresh
 * token and the presented one stops working after RetryGracePeriodSeconds (AWS Developer Guide,
 * "Refresh tokens → Refresh token rotation"); otherwise only new ID and access tokens.
 */
export const GetTokensFromRefreshToken = defineOperation({
  name: "GetTokensFromRefreshToken",
  auth: "none",
  input: {
    RefreshToken: str({ required: true, pattern: "[A-Za-z0-9-_=.]+" }),
    ClientId: Model.ClientId,
    ClientSecret: str({ min: 1, max: 64, pattern: "[\\w+]+" }),
    DeviceKey: str({ min: 1, max: 55, pattern: "[\\w-]+_[0-9a-f-]+" }),
    ClientMetadata: map(),
  },
  async run(s, req: { RefreshToken: string; ClientId: string; ClientSecret?: string }) {
    const { client, pool } = requireClientForAuth(s.cognito, req.ClientId);
    const rotate = client.RefreshTokenRotation?.Feature === "ENABLED";
    // A rotating client must have ALLOW_REFRESH_TOKEN_AUTH switched off (AWS: rotation "isn't compatible with the
    // authentication flow REFRESH_TOKEN_AUTH"), so only non-rotating clients need the flag here.
    if (!rotate) requireFlow(client, "ALLOW_REFRESH_TOKEN_AUTH");
    if (client.ClientSecret && !(req.ClientSecret && constantTimeEqual(req.ClientSecret, client.ClientSecret)))
      throw new AwsJsonError("NotAuthorizedException", `Unable to verify secret hash for client ${client.ClientId}`);
    const tokens = await redeemRefreshToken(tokenServices(s), {
      pool,
      client,
      token: req.RefreshToken,
      clientSecretChecked: true,
      rotate,
    });
    return { AuthenticationResult: tokens };
  },
});

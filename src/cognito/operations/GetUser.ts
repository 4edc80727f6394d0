import { Model } from "../../wire/validation.js";
import { mfaSettingsView } from "../mfa/software-token.js";
import { defineOperation } from "../operation.js";
import { verifyAccessToken } from "../tokens/verify-access-token.js";

export const GetUser = defineOperation({
  name: "GetUser",
  auth: "none",
  input: { AccessToken: Model.AccessToken },
  run(s, req: { AccessToken: string }) {
    const { user, claims } = verifyAccessToken(s, req.AccessToken);
    // Attributes the token's app client may not read are left out; sub is always readable.
    const client = typeof claims.client_id === "string" ? s.cognito.clients.get(claims.client_id) : undefined;
    const readable = client?.ReadAttributes;
    const attributes = user.Attributes.filter((a) => a.Name === "sub" || !readable || readable.length === 0 || readable.includes(a.Name));
    // AWS includes UserMFASettingList and PreferredMfaSetting only when the user has an MFA factor turned on.
    return { Username: user.Username, UserAttributes: attributes.map((a) => ({ Name: a.Name, Value: a.Value ?? "" })), ...mfaSettingsView(user) };
  },
});

import type { UserRecord } from "../../store/cognito/records.js";
import { mfaSettingsView } from "../mfa/software-token.js";

/** UserType (AdminCreateUser, ListUsers, ListUsersInGroup): dates are epoch seconds, which the SDKs read as timestamps. */
export function userType(u: UserRecord, attributesToGet?: string[]) {
  return {
    Username: u.Username,
    Attributes: attributesToGet ? u.Attributes.filter((a) => attributesToGet.includes(a.Name)) : u.Attributes,
    UserCreateDate: u.UserCreateDate,
    UserLastModifiedDate: u.UserLastModifiedDate,
    Enabled: u.Enabled,
    UserStatus: u.UserStatus,
  };
}

/**
 * AdminGetUserResponse: the same facts as UserType, with the attribute list named UserAttributes, and the
 * user's MFA factors (UserMFASettingList, PreferredMfaSetting) when there are any.
 */
export function adminGetUserView(u: UserRecord) {
  return {
    Username: u.Username,
    UserAttributes: u.Attributes,
    UserCreateDate: u.UserCreateDate,
    UserLastModifiedDate: u.UserLastModifiedDate,
    Enabled: u.Enabled,
    UserStatus: u.UserStatus,
    ...mfaSettingsView(u),
  };
}

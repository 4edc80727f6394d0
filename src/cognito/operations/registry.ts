import type { Operation } from "../operation.js";
import { AddCustomAttributes } from "./AddCustomAttributes.js";
import { AdminAddUserToGroup } from "./AdminAddUserToGroup.js";
import { AdminConfirmSignUp } from "./AdminConfirmSignUp.js";
import { AdminCreateUser } from "./AdminCreateUser.js";
import { AdminDeleteUser } from "./AdminDeleteUser.js";
import { AdminDeleteUserAttributes } from "./AdminDeleteUserAttributes.js";
import { AdminDisableUser } from "./AdminDisableUser.js";
import { AdminEnableUser } from "./AdminEnableUser.js";
import { AdminGetUser } from "./AdminGetUser.js";
import { AdminInitiateAuth } from "./AdminInitiateAuth.js";
import { AdminListGroupsForUser } from "./AdminListGroupsForUser.js";
import { AdminRemoveUserFromGroup } from "./AdminRemoveUserFromGroup.js";
import { AdminRespondToAuthChallenge } from "./AdminRespondToAuthChallenge.js";
import { AdminSetUserMFAPreference } from "./AdminSetUserMFAPreference.js";
import { AdminSetUserPassword } from "./AdminSetUserPassword.js";
import { AdminUpdateUserAttributes } from "./AdminUpdateUserAttributes.js";
import { AdminUserGlobalSignOut } from "./AdminUserGlobalSignOut.js";
import { AssociateSoftwareToken } from "./AssociateSoftwareToken.js";
import { ChangePassword } from "./ChangePassword.js";
import { ConfirmForgotPassword } from "./ConfirmForgotPassword.js";
import { ConfirmSignUp } from "./ConfirmSignUp.js";
import { CreateGroup } from "./CreateGroup.js";
import { CreateResourceServer } from "./CreateResourceServer.js";
import { CreateUserPool } from "./CreateUserPool.js";
import { CreateUserPoolClient } from "./CreateUserPoolClient.js";
import { CreateUserPoolDomain } from "./CreateUserPoolDomain.js";
import { DeleteGroup } from "./DeleteGroup.js";
import { DeleteResourceServer } from "./DeleteResourceServer.js";
import { DeleteUser } from "./DeleteUser.js";
import { DeleteUserPool } from "./DeleteUserPool.js";
import { DeleteUserPoolClient } from "./DeleteUserPoolClient.js";
import { DeleteUserPoolDomain } from "./DeleteUserPoolDomain.js";
import { DescribeResourceServer } from "./DescribeResourceServer.js";
import { DescribeRiskConfiguration } from "./DescribeRiskConfiguration.js";
import { DescribeUserPool } from "./DescribeUserPool.js";
import { DescribeUserPoolClient } from "./DescribeUserPoolClient.js";
import { DescribeUserPoolDomain } from "./DescribeUserPoolDomain.js";
import { ForgotPassword } from "./ForgotPassword.js";
import { GetCSVHeader } from "./GetCSVHeader.js";
import { GetGroup } from "./GetGroup.js";
import { GetLogDeliveryConfiguration } from "./GetLogDeliveryConfiguration.js";
import { GetSigningCertificate } from "./GetSigningCertificate.js";
import { GetTokensFromRefreshToken } from "./GetTokensFromRefreshToken.js";
import { GetUICustomization } from "./GetUICustomization.js";
import { GetUser } from "./GetUser.js";
import { GetUserPoolMfaConfig } from "./GetUserPoolMfaConfig.js";
import { GlobalSignOut } from "./GlobalSignOut.js";
import { InitiateAuth } from "./InitiateAuth.js";
import { ListGroups } from "./ListGroups.js";
import { ListResourceServers } from "./ListResourceServers.js";
import { ListTagsForResource } from "./ListTagsForResource.js";
import { ListUserPoolClients } from "./ListUserPoolClients.js";
import { ListUserPools } from "./ListUserPools.js";
import { ListUsers } from "./ListUsers.js";
import { ListUsersInGroup } from "./ListUsersInGroup.js";
import { ResendConfirmationCode } from "./ResendConfirmationCode.js";
import { RespondToAuthChallenge } from "./RespondToAuthChallenge.js";
import { RevokeToken } from "./RevokeToken.js";
import { SetUserMFAPreference } from "./SetUserMFAPreference.js";
import { SetUserPoolMfaConfig } from "./SetUserPoolMfaConfig.js";
import { SignUp } from "./SignUp.js";
import { TagResource } from "./TagResource.js";
import { UntagResource } from "./UntagResource.js";
import { UpdateResourceServer } from "./UpdateResourceServer.js";
import { UpdateUserAttributes } from "./UpdateUserAttributes.js";
import { UpdateUserPool } from "./UpdateUserPool.js";
import { UpdateUserPoolClient } from "./UpdateUserPoolClient.js";
import { UpdateUserPoolDomain } from "./UpdateUserPoolDomain.js";
import { VerifySoftwareToken } from "./VerifySoftwareToken.js";

/**
 * The only list of Cognito operations poolgate answers: the router, the "not implemented" answer and
 * docs/support.md are all derived from it. Keep it sorted.
 */
const ALL: Operation[] = [
  AddCustomAttributes,
  AdminAddUserToGroup,
  AdminConfirmSignUp,
  AdminCreateUser,
  AdminDeleteUser,
  AdminDeleteUserAttributes,
  AdminDisableUser,
  AdminEnableUser,
  AdminGetUser,
  AdminInitiateAuth,
  AdminListGroupsForUser,
  AdminRemoveUserFromGroup,
  AdminRespondToAuthChallenge,
  AdminSetUserMFAPreference,
  AdminSetUserPassword,
  AdminUpdateUserAttributes,
  AdminUserGlobalSignOut,
  AssociateSoftwareToken,
  ChangePassword,
  ConfirmForgotPassword,
  ConfirmSignUp,
  CreateGroup,
  CreateResourceServer,
  CreateUserPool,
  CreateUserPoolClient,
  CreateUserPoolDomain,
  DeleteGroup,
  DeleteResourceServer,
  DeleteUser,
  DeleteUserPool,
  DeleteUserPoolClient,
  DeleteUserPoolDomain,
  DescribeResourceServer,
  DescribeRiskConfiguration,
  DescribeUserPool,
  DescribeUserPoolClient,
  DescribeUserPoolDomain,
  ForgotPassword,
  GetCSVHeader,
  GetGroup,
  GetLogDeliveryConfiguration,
  GetSigningCertificate,
  GetTokensFromRefreshToken,
  GetUICustomization,
  GetUser,
  GetUserPoolMfaConfig,
  GlobalSignOut,
  InitiateAuth,
  ListGroups,
  ListResourceServers,
  ListTagsForResource,
  ListUserPoolClients,
  ListUserPools,
  ListUsers,
  ListUsersInGroup,
  ResendConfirmationCode,
  RespondToAuthChallenge,
  RevokeToken,
  SetUserMFAPreference,
  SetUserPoolMfaConfig,
  SignUp,
  TagResource,
  UntagResource,
  UpdateResourceServer,
  UpdateUserAttributes,
  UpdateUserPool,
  UpdateUserPoolClient,
  UpdateUserPoolDomain,
  VerifySoftwareToken,
];

/** By AWS name. A Map, so a target named like an Object.prototype member (`__proto__`, `toString`) finds nothing. */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(ALL.map((op) => [op.name, op]));

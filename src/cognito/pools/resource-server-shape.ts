import { list, Model, type Shape, str, struct } from "../../wire/validation.js";

/** Resource server members as the AWS model constrains them (ResourceServerIdentifierType, ResourceServerScopeType). */
export const ResourceServerIdentifier = str({ required: true, min: 1, max: 256, pattern: "[\\x21\\x23-\\x5B\\x5D-\\x7E]+" });

export const RESOURCE_SERVER_SHAPE: Shape = {
  UserPoolId: Model.UserPoolId,
  Identifier: ResourceServerIdentifier,
  Name: str({ required: true, min: 1, max: 256, pattern: "[\\w\\s+=,.@-]+" }),
  Scopes: list({
    max: 100,
    member: struct({
      ScopeName: str({ required: true, min: 1, max: 256, pattern: "[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+" }),
      ScopeDescription: str({ required: true, min: 1, max: 256 }),
    }),
  }),
};

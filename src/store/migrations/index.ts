import { cognitoSchema } from "./001-cognito.js";
import { apigatewaySchema } from "./002-apigateway.js";
import { oauthSchema } from "./003-oauth.js";
import { indexes } from "./004-indexes.js";
import { apiKeys } from "./005-api-keys.js";

export interface Migration {
  id: string;
  sql: string;
}

/** Append only: a migration, once released, is never edited. */
export const MIGRATIONS: Migration[] = [cognitoSchema, apigatewaySchema, oauthSchema, indexes, apiKeys];

import { cognitoSchema } from "./001-cognito.js";
import { apigatewaySchema } from "./002-apigateway.js";

export interface Migration {
  id: string;
  sql: string;
}

/** Append only: a migration, once released, is never edited. */
export const MIGRATIONS: Migration[] = [cognitoSchema, apigatewaySchema];

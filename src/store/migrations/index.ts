import { cognitoSchema } from "./001-cognito.js";

export interface Migration {
  id: string;
  sql: string;
}

/** Append only: a migration, once released, is never edited. */
export const MIGRATIONS: Migration[] = [cognitoSchema];

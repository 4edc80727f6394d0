import type { Migration } from "./index.js";

/**
 * API keys and usage plans. They are account-wide (not per REST API) and live: a change applies without a
 * deployment. The key's value and enabled flag are columns, and a plan's API stages are rows beside its JSON,
 * so the invoke path answers "is this key enabled and in a plan of this stage?" with one indexed statement.
 */
export const apiKeys: Migration = {
  id: "005-api-keys",
  sql: `
CREATE TABLE apigw_api_keys (
  id TEXT PRIMARY KEY, seq INTEGER NOT NULL, value TEXT NOT NULL UNIQUE, enabled INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX apigw_api_keys_seq ON apigw_api_keys(seq);
CREATE TABLE apigw_usage_plans (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX apigw_usage_plans_seq ON apigw_usage_plans(seq);
CREATE TABLE apigw_usage_plan_stages (
  usage_plan_id TEXT NOT NULL REFERENCES apigw_usage_plans(id) ON DELETE CASCADE,
  rest_api_id TEXT NOT NULL, stage_name TEXT NOT NULL, PRIMARY KEY (usage_plan_id, rest_api_id, stage_name));
CREATE TABLE apigw_usage_plan_keys (
  usage_plan_id TEXT NOT NULL REFERENCES apigw_usage_plans(id) ON DELETE CASCADE,
  key_id TEXT NOT NULL REFERENCES apigw_api_keys(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, PRIMARY KEY (usage_plan_id, key_id));
CREATE INDEX apigw_usage_plan_keys_key ON apigw_usage_plan_keys(key_id);
CREATE INDEX apigw_usage_plan_keys_seq ON apigw_usage_plan_keys(seq);
`,
};

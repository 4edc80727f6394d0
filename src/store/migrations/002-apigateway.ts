import type { Migration } from "./index.js";

/**
 * API Gateway REST APIs. Live configuration (APIs, resources with their methods and integrations,
 * authorizers, customised gateway responses) is edited by the control plane; a deployment stores a frozen
 * JSON snapshot of it, and stages point at deployments. The invoke path reads only snapshots and stages.
 */
export const apigatewaySchema: Migration = {
  id: "002-apigateway",
  sql: `
CREATE TABLE apigw_rest_apis (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE apigw_resources (
  rest_api_id TEXT NOT NULL REFERENCES apigw_rest_apis(id) ON DELETE CASCADE, id TEXT NOT NULL,
  parent_id TEXT, seq INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (rest_api_id, id));
CREATE INDEX apigw_resources_parent ON apigw_resources(rest_api_id, parent_id);
CREATE TABLE apigw_authorizers (
  rest_api_id TEXT NOT NULL REFERENCES apigw_rest_apis(id) ON DELETE CASCADE, id TEXT NOT NULL,
  seq INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (rest_api_id, id));
CREATE TABLE apigw_gateway_responses (
  rest_api_id TEXT NOT NULL REFERENCES apigw_rest_apis(id) ON DELETE CASCADE, response_type TEXT NOT NULL, seq INTEGER NOT NULL,
  data TEXT NOT NULL, PRIMARY KEY (rest_api_id, response_type));
CREATE TABLE apigw_deployments (
  rest_api_id TEXT NOT NULL REFERENCES apigw_rest_apis(id) ON DELETE CASCADE, id TEXT NOT NULL,
  seq INTEGER NOT NULL, data TEXT NOT NULL, snapshot TEXT NOT NULL, PRIMARY KEY (rest_api_id, id));
CREATE TABLE apigw_stages (
  rest_api_id TEXT NOT NULL REFERENCES apigw_rest_apis(id) ON DELETE CASCADE, name TEXT NOT NULL,
  deployment_id TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (rest_api_id, name));
CREATE INDEX apigw_stages_deployment ON apigw_stages(rest_api_id, deployment_id);
`,
};

import type { Authorizer, Deployment, DeploymentReader, DeploymentSnapshot, GatewayResponse, Resource, RestApi, Stage } from "../../shapes/apigateway.js";
import type { Db } from "../db.js";
import { ApiKeyRepo, UsagePlanRepo } from "./api-keys.js";
import { ApiScopedRows } from "./rows.js";
import { StageCache } from "./stage-cache.js";

/** REST APIs themselves (their root resource lives in the resources table). */
export class RestApiRepo {
  constructor(
    private readonly db: Db,
    private readonly stages: StageRepo,
  ) {}
  get(id: string): RestApi | undefined {
    const row = this.db.prepare("SELECT data FROM apigw_rest_apis WHERE id = ?").get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as RestApi) : undefined;
  }
  list(): RestApi[] {
    return (this.db.prepare("SELECT data FROM apigw_rest_apis ORDER BY seq").all() as { data: string }[]).map((r) => JSON.parse(r.data) as RestApi);
  }
  put(api: RestApi): void {
    this.db
      .prepare(
        "INSERT INTO apigw_rest_apis (id, seq, data) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM apigw_rest_apis), ?) " +
          "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
      )
      .run(api.id, JSON.stringify(api));
  }
  /** Cascades to everything of the API: resources, authorizers, deployments, stages, gateway responses. */
  delete(id: string): boolean {
    this.stages.forgetApi(id);
    return this.db.prepare("DELETE FROM apigw_rest_apis WHERE id = ?").run(id).changes > 0;
  }
}

/** Resources, each holding its methods (with their integrations and responses) as AWS's GetResource(embed=methods) shows them. */
export class ResourceRepo {
  private readonly rows: ApiScopedRows<Resource>;
  constructor(private readonly db: Db) {
    this.rows = new ApiScopedRows(db, "apigw_resources", "id");
  }
  get(restApiId: string, id: string): Resource | undefined {
    return this.rows.get(restApiId, id);
  }
  list(restApiId: string): Resource[] {
    return this.rows.list(restApiId);
  }
  put(restApiId: string, r: Resource): void {
    this.rows.put(restApiId, r.id, r, { parent_id: r.parentId ?? null });
  }
  children(restApiId: string, parentId: string): Resource[] {
    return (
      this.db.prepare("SELECT data FROM apigw_resources WHERE rest_api_id = ? AND parent_id = ? ORDER BY seq").all(restApiId, parentId) as { data: string }[]
    ).map((r) => JSON.parse(r.data) as Resource);
  }
  delete(restApiId: string, id: string): boolean {
    return this.rows.delete(restApiId, id);
  }
}

export class DeploymentRepo {
  private readonly rows: ApiScopedRows<Deployment>;
  constructor(private readonly db: Db) {
    this.rows = new ApiScopedRows(db, "apigw_deployments", "id");
  }
  get(restApiId: string, id: string): Deployment | undefined {
    return this.rows.get(restApiId, id);
  }
  list(restApiId: string): Deployment[] {
    return this.rows.list(restApiId);
  }
  snapshot(restApiId: string, id: string): DeploymentSnapshot | undefined {
    const row = this.db.prepare("SELECT snapshot FROM apigw_deployments WHERE rest_api_id = ? AND id = ?").get(restApiId, id) as
      | { snapshot: string }
      | undefined;
    return row ? (JSON.parse(row.snapshot) as DeploymentSnapshot) : undefined;
  }
  /** A deployment is written once with its snapshot; only its description may change later. */
  put(restApiId: string, d: Deployment, snapshot?: DeploymentSnapshot): void {
    if (snapshot) this.rows.put(restApiId, d.id, d, { snapshot: JSON.stringify(snapshot) });
    else this.db.prepare("UPDATE apigw_deployments SET data = ? WHERE rest_api_id = ? AND id = ?").run(JSON.stringify(d), restApiId, d.id);
  }
  delete(restApiId: string, id: string): boolean {
    return this.rows.delete(restApiId, id);
  }
}

export class StageRepo {
  private readonly rows: ApiScopedRows<Stage>;
  private readonly cache: StageCache;
  constructor(private readonly db: Db) {
    this.rows = new ApiScopedRows(db, "apigw_stages", "name");
    this.cache = new StageCache(db);
  }
  /** A fresh copy the caller may change (the control plane edits and puts it back). */
  get(restApiId: string, name: string): Stage | undefined {
    return this.rows.get(restApiId, name);
  }
  /** The same stage, frozen and shared between readers: for the invoke path, which reads it on every request. */
  current(restApiId: string, name: string): Readonly<Stage> | undefined {
    return this.cache.get(restApiId, name, () => this.rows.get(restApiId, name));
  }
  list(restApiId: string): Stage[] {
    return this.rows.list(restApiId);
  }
  put(stage: Stage): void {
    this.cache.forget(stage.restApiId, stage.stageName);
    this.rows.put(stage.restApiId, stage.stageName, stage, { deployment_id: stage.deploymentId });
  }
  usingDeployment(restApiId: string, deploymentId: string): string[] {
    return (
      this.db.prepare("SELECT name FROM apigw_stages WHERE rest_api_id = ? AND deployment_id = ? ORDER BY seq").all(restApiId, deploymentId) as {
        name: string;
      }[]
    ).map((r) => r.name);
  }
  delete(restApiId: string, name: string): boolean {
    this.cache.forget(restApiId, name);
    return this.rows.delete(restApiId, name);
  }
  /** Deleting a REST API cascades to its stages in SQL; the cache must follow. */
  forgetApi(restApiId: string): void {
    this.cache.forgetApi(restApiId);
  }
}

export interface ApiGatewayStore {
  db: Db;
  restApis: RestApiRepo;
  resources: ResourceRepo;
  authorizers: ApiScopedRows<Authorizer>;
  /** Only customised gateway responses; the defaults are data, not rows. */
  gatewayResponses: ApiScopedRows<GatewayResponse>;
  deployments: DeploymentRepo;
  stages: StageRepo;
  /** Account-wide, not per REST API. */
  apiKeys: ApiKeyRepo;
  usagePlans: UsagePlanRepo;
  /** Runs fn in one transaction. */
  tx<T>(fn: () => T): T;
}

const stores = new WeakMap<Db, ApiGatewayStore>();

/** The API Gateway repositories over one database (built once per database, statements prepared once). */
export function apigatewayStore(db: Db): ApiGatewayStore {
  let store = stores.get(db);
  if (!store) {
    const stages = new StageRepo(db);
    store = {
      db,
      restApis: new RestApiRepo(db, stages),
      resources: new ResourceRepo(db),
      authorizers: new ApiScopedRows<Authorizer>(db, "apigw_authorizers", "id"),
      gatewayResponses: new ApiScopedRows<GatewayResponse>(db, "apigw_gateway_responses", "response_type"),
      deployments: new DeploymentRepo(db),
      stages,
      apiKeys: new ApiKeyRepo(db),
      usagePlans: new UsagePlanRepo(db),
      tx: (fn) => db.transaction(fn)(),
    };
    stores.set(db, store);
  }
  return store;
}

/**
 * The invoke path's view: stages and frozen snapshots, plus API keys (live on AWS too). Nothing here reads live
 * resources, methods or authorizers, so an edit after CreateDeployment is invisible until the next deployment, as on AWS.
 */
export function deploymentReader(db: Db): DeploymentReader {
  const store = apigatewayStore(db);
  return {
    restApiExists: (restApiId) => store.restApis.get(restApiId) !== undefined,
    stage: (restApiId, stageName) => store.stages.current(restApiId, stageName),
    snapshot: (restApiId, deploymentId) => store.deployments.snapshot(restApiId, deploymentId),
    apiKey: (value, restApiId, stageName) => {
      const found = store.apiKeys.match(value, restApiId, stageName);
      if (!found?.planId) return found;
      const { planId, ...key } = found;
      const plan = store.usagePlans.get(planId);
      return plan ? { ...key, plan: { id: plan.id, throttle: plan.throttle, quota: plan.quota } } : key;
    },
  };
}

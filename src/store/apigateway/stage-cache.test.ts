import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { Stage } from "../../shapes/apigateway.js";
import { openDatabase } from "../db.js";
import { apigatewayStore, deploymentReader } from "./index.js";

const stage = (deploymentId: string, variables: Record<string, string> = {}): Stage => ({
  restApiId: "api1",
  stageName: "dev",
  deploymentId,
  variables,
  createdDate: 1,
  lastUpdatedDate: 1,
});

function setup(db = openDatabase({ dataDir: "", ephemeral: true })) {
  const store = apigatewayStore(db);
  if (!store.restApis.get("api1")) {
    store.restApis.put({ id: "api1", name: "a", createdDate: 1, rootResourceId: "root" });
    store.stages.put(stage("d1", { v: "1" }));
  }
  return { db, store, reader: deploymentReader(db) };
}

test("the invoke path's stage is read once and shared, frozen", () => {
  const { reader } = setup();
  const a = reader.stage("api1", "dev");
  assert.equal(a?.deploymentId, "d1");
  assert.equal(reader.stage("api1", "dev"), a);
  assert.ok(Object.isFrozen(a) && Object.isFrozen(a?.variables));
  assert.throws(() => {
    (a?.variables as Record<string, string>).v = "changed";
  }, TypeError);
});

test("the control plane's stage is its own copy", () => {
  const { store, reader } = setup();
  const shared = reader.stage("api1", "dev");
  const own = store.stages.get("api1", "dev")!;
  own.variables = { v: "edited" };
  assert.equal(reader.stage("api1", "dev")?.variables?.v, "1");
  assert.notEqual(own, shared);
});

test("a written stage (UpdateStage, CreateDeployment) is read anew", () => {
  const { store, reader } = setup();
  reader.stage("api1", "dev");
  store.stages.put(stage("d2", { v: "2" }));
  assert.equal(reader.stage("api1", "dev")?.deploymentId, "d2");
  assert.equal(reader.stage("api1", "dev")?.variables?.v, "2");
});

test("a deleted stage (DeleteStage) and the stages of a deleted REST API are gone", () => {
  const { store, reader } = setup();
  reader.stage("api1", "dev");
  store.stages.delete("api1", "dev");
  assert.equal(reader.stage("api1", "dev"), undefined);
  store.stages.put(stage("d1"));
  assert.ok(reader.stage("api1", "dev"));
  store.restApis.delete("api1");
  assert.equal(reader.stage("api1", "dev"), undefined);
});

test("a rolled-back write leaves the committed stage, and reads inside a transaction are not kept", () => {
  const { store, reader } = setup();
  reader.stage("api1", "dev");
  assert.throws(() =>
    store.tx(() => {
      store.stages.put(stage("uncommitted"));
      assert.equal(reader.stage("api1", "dev")?.deploymentId, "uncommitted");
      throw new Error("roll back");
    }),
  );
  assert.equal(reader.stage("api1", "dev")?.deploymentId, "d1");
});

test("a commit by another connection to the same file is seen", () => {
  const dir = mkdtempSync(join(tmpdir(), "poolgate-stage-cache-"));
  const first = openDatabase({ dataDir: dir, ephemeral: false });
  const second = openDatabase({ dataDir: dir, ephemeral: false });
  try {
    const { reader } = setup(first);
    assert.equal(reader.stage("api1", "dev")?.deploymentId, "d1");
    apigatewayStore(second).stages.put(stage("from-elsewhere"));
    assert.equal(reader.stage("api1", "dev")?.deploymentId, "from-elsewhere");
  } finally {
    first.close();
    second.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

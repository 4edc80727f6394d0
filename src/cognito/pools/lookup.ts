import type { CognitoStore } from "../../store/cognito/index.js";
import type { ClientRecord, PoolRecord } from "../../store/cognito/records.js";
import { AwsJsonError, resourceNotFound } from "../../wire/errors.js";

export function requirePool(store: CognitoStore, id: string): PoolRecord {
  const p = store.pools.get(id);
  if (!p) throw resourceNotFound(`User pool ${id} does not exist.`);
  return p;
}

/** A client that must belong to the pool when one is given. */
export function requireClient(store: CognitoStore, clientId: string, poolId?: string): ClientRecord {
  const c = store.clients.get(clientId);
  if (!c || (poolId !== undefined && c.UserPoolId !== poolId)) throw resourceNotFound(`User pool client ${clientId} does not exist.`);
  return c;
}

/** For unauthenticated operations that take only a ClientId, AWS answers an unknown one this way. */
export function requireClientForAuth(store: CognitoStore, clientId: string): { client: ClientRecord; pool: PoolRecord } {
  const client = store.clients.get(clientId);
  if (!client) throw resourceNotFound(`User pool client ${clientId} does not exist.`);
  const pool = store.pools.get(client.UserPoolId);
  if (!pool) throw new AwsJsonError("ResourceNotFoundException", `User pool ${client.UserPoolId} does not exist.`);
  return { client, pool };
}

import type { Db } from "../db.js";
import { ClientRepo } from "./clients.js";
import { CodeRepo } from "./codes.js";
import { DomainRepo, ResourceServerRepo } from "./domains.js";
import { GroupRepo } from "./groups.js";
import { PoolKeyRepo } from "./keys.js";
import { PoolRepo } from "./pools.js";
import { SessionRepo } from "./sessions.js";
import { TokenRepo } from "./tokens.js";
import { UserRepo } from "./users.js";

export interface CognitoStore {
  db: Db;
  pools: PoolRepo;
  keys: PoolKeyRepo;
  clients: ClientRepo;
  users: UserRepo;
  groups: GroupRepo;
  domains: DomainRepo;
  resourceServers: ResourceServerRepo;
  tokens: TokenRepo;
  codes: CodeRepo;
  sessions: SessionRepo;
  /** Runs fn in one transaction: a crash leaves all of it or none of it. */
  tx<T>(fn: () => T): T;
}

export function cognitoStore(db: Db): CognitoStore {
  return {
    db,
    pools: new PoolRepo(db),
    keys: new PoolKeyRepo(db),
    clients: new ClientRepo(db),
    users: new UserRepo(db),
    groups: new GroupRepo(db),
    domains: new DomainRepo(db),
    resourceServers: new ResourceServerRepo(db),
    tokens: new TokenRepo(db),
    codes: new CodeRepo(db),
    sessions: new SessionRepo(db),
    tx: (fn) => db.transaction(fn)(),
  };
}

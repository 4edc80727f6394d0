import { runDoctor } from "../../src/cli/doctor.js";
import { sendHttp } from "../../src/doctor/http-client.js";
import type { DoctorIo } from "../../src/doctor/io.js";
import type { JsonReport } from "../../src/doctor/report/json.js";
import { signRs256 } from "../../src/jwt/jwt.js";
import type { TestServer } from "./server.js";

export interface DoctorRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Parsed --json output (undefined when the run printed none). */
  json?: JsonReport;
  failed: string[];
  status(id: string): string | undefined;
}

/** Runs `poolgate doctor <args>` in-process with captured output, a clean environment and an optional fixed clock. */
export async function doctor(args: string[], opts: { now?: number; stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<DoctorRun> {
  let stdout = "";
  let stderr = "";
  const io: DoctorIo = {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    env: opts.env ?? { LANG: "C" },
    readStdin: async () => opts.stdin ?? "",
    now: () => opts.now ?? Date.now(),
    http: sendHttp,
  };
  const code = await runDoctor(args, io);
  let json: JsonReport | undefined;
  if (args.includes("--json") && stdout.trim().startsWith("{")) json = JSON.parse(stdout) as JsonReport;
  const failed = (json?.findings ?? []).filter((f) => f.status === "fail").map((f) => f.id);
  return { code, stdout, stderr, json, failed, status: (id) => json?.findings.find((f) => f.id === id)?.status };
}

/** A token signed with a pool's own keys on the test server, with the claims given (tests build odd tokens on purpose). */
export function signedToken(t: TestServer, poolId: string, use: "id" | "access", claims: Record<string, unknown>): string {
  const keys = t.app.services.keys.forPool(poolId);
  if (!keys) throw new Error(`no keys for ${poolId}`);
  const key = use === "id" ? keys.id : keys.access;
  const now = Math.floor(t.clock.now() / 1000);
  const base: Record<string, unknown> = {
    sub: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    iss: `${t.url}/${poolId}`,
    token_use: use,
    auth_time: now,
    iat: now,
    exp: now + 3600,
    ...(use === "id"
      ? { aud: "clientexample", "cognito:username": "janedoe", email: "janedoe@example.com" }
      : { client_id: "clientexample", scope: "aws.cognito.signin.user.admin", username: "janedoe" }),
  };
  return signRs256({ ...base, ...claims }, key.kid, key.privateKey);
}

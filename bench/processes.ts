import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface Spawned {
  child: ChildProcess;
  /** ms from spawn to the first answered request */
  startupMs: number;
  stop(): Promise<void>;
}

/** Spawns a server and polls `probeUrl` until anything answers: the time a user waits before the first call. */
export async function spawnAndWait(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; probeUrl: string; timeoutMs?: number },
): Promise<Spawned> {
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const deadline = t0 + (opts.timeoutMs ?? 20_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited early: ${stderr}`);
    try {
      await fetch(opts.probeUrl, {
        method: "POST",
        headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.ListUserPools" },
        body: '{"MaxResults":1}',
      });
      break;
    } catch {
      if (performance.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`${cmd} did not answer within the timeout: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 2));
    }
  }
  const startupMs = performance.now() - t0;
  return {
    child,
    startupMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
}

/** Resident set size of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

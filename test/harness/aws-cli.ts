import { execFile } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's awscli package (installed by .ci/run); falls back to whatever `aws` is on PATH. */
export const AWS_BIN = existsSync("/usr/bin/aws") ? "/usr/bin/aws" : "aws";

/** Runs the real AWS CLI against poolgate with throwaway credentials and no user config. */
export function aws(endpoint: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string; json: any }> {
  return new Promise((resolve) => {
    execFile(
      AWS_BIN,
      [...args, "--endpoint-url", endpoint, "--region", "us-east-1", "--output", "json"],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          AWS_ACCESS_KEY_ID: "AKIDPOOLGATETEST",
          AWS_SECRET_ACCESS_KEY: "poolgate-test-secret",
          AWS_PAGER: "",
          AWS_CONFIG_FILE: "/dev/null",
          AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
          AWS_EC2_METADATA_DISABLED: "true",
        },
        timeout: 60_000,
      },
      (err, stdout, stderr) => {
        let json: any;
        try {
          json = stdout.trim() ? JSON.parse(stdout) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr, json });
      },
    );
  });
}

import { type HttpSend, sendHttp } from "./http-client.js";

/**
 * Everything the doctor reads from or writes to the outside world, so a test can run a command in-process with
 * captured output, a fixed clock and its own environment.
 */
export interface DoctorIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Reads all of standard input (for `doctor token -`). */
  readStdin(): Promise<string>;
  /** Milliseconds since the Unix epoch: the "now" that token expiry is judged against. */
  now(): number;
  http: HttpSend;
}

export const processIo: DoctorIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
    return Buffer.concat(chunks).toString("utf8");
  },
  now: () => Date.now(),
  http: sendHttp,
};

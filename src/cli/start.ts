import type { AddressInfo } from "node:net";
import { type Command, Option } from "commander";
import { type Config, ConfigError, OPTIONS, resolveConfig } from "../config.js";
import { createPoolgate } from "../server/app.js";
import { exposureWarning, listenAddressOf } from "../server/listen-address.js";
import { DataDirError } from "../store/db.js";

export function registerStart(program: Command): void {
  const cmd = program.command("start").description("Start the emulator on one port (Cognito API, OAuth endpoints, API Gateway)");
  // Commander names a value after its flag (--lambda → lambda); the config table names it by its key (lambdas).
  const keyOf = new Map<string, keyof Config>();
  for (const o of OPTIONS) {
    const option = new Option(o.flag, `${o.description} (env ${o.env}${o.default !== undefined && o.default !== false ? `, default ${o.default}` : ""})`);
    keyOf.set(option.attributeName(), o.key);
    cmd.addOption(option);
  }
  cmd.addHelpText(
    "after",
    `
Examples:
  poolgate start                      # state in ./.poolgate, http://127.0.0.1:4599
  poolgate start --ephemeral --port 0 # in memory, any free port
  poolgate start --demo               # with a demo pool, user and /pets API`,
  );
  cmd.action(async (parsed: Record<string, unknown>) => {
    const flags: Partial<Record<keyof Config, unknown>> = {};
    for (const [name, value] of Object.entries(parsed)) flags[keyOf.get(name) ?? (name as keyof Config)] = value;
    let config: Config;
    try {
      config = resolveConfig(flags);
    } catch (e) {
      if (e instanceof ConfigError) {
        process.stderr.write(`poolgate: ${e.message}\n`);
        process.exit(2);
      }
      throw e;
    }
    let app: ReturnType<typeof createPoolgate>;
    try {
      app = createPoolgate(config);
    } catch (e) {
      if (!(e instanceof DataDirError)) throw e;
      process.stderr.write(`poolgate: ${e.message}\n`);
      process.exit(1);
    }
    let url: string;
    try {
      url = await app.listen();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(
        `poolgate: cannot listen on ${config.host}:${config.port}${code === "EADDRINUSE" ? " (port in use; try --port 0)" : ""}: ${(e as Error).message}\n`,
      );
      process.exit(1);
    }
    if (config.demo) {
      const { createDemo } = await import("../demo/create.js");
      const text = await createDemo(app.services);
      process.stdout.write(text);
    }
    const address = app.server.address() as AddressInfo;
    const warning = exposureWarning(address);
    if (warning) process.stderr.write(`${warning}\n`);
    // The URL is the one poolgate mints into tokens and links; the socket address is where it really listens.
    process.stdout.write(`poolgate ready on ${url} (listening on ${listenAddressOf(address)})\n`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      app.services.log.info(`${signal} received, shutting down`);
      app.close().then(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
  });
}

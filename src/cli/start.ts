import type { Command } from "commander";
import { ConfigError, OPTIONS, resolveConfig } from "../config.js";
import { createPoolgate } from "../server/app.js";
import { DataDirError } from "../store/db.js";

export function registerStart(program: Command): void {
  const cmd = program.command("start").description("Start the emulator on one port (Cognito API, OAuth endpoints, API Gateway)");
  for (const o of OPTIONS)
    cmd.option(o.flag, `${o.description} (env ${o.env}${o.default !== undefined && o.default !== false ? `, default ${o.default}` : ""})`);
  cmd.addHelpText(
    "after",
    `
Examples:
  poolgate start                      # state in ./.poolgate, http://127.0.0.1:4599
  poolgate start --ephemeral --port 0 # in memory, any free port
  poolgate start --demo               # with a demo pool, user and /pets API`,
  );
  cmd.action(async (flags: Record<string, unknown>) => {
    let config: ReturnType<typeof resolveConfig>;
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
    process.stdout.write(`poolgate ready on ${url}\n`);
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

import { Command } from "commander";
import { VERSION } from "../version.js";
import { registerDoctor } from "./doctor.js";
import { registerStart } from "./start.js";

const program = new Command();
program
  .name("poolgate")
  .description("Amazon Cognito user pools and API Gateway REST APIs with Cognito authorizers, on your machine; and a doctor that explains every 401.")
  .version(VERSION)
  .showHelpAfterError()
  // Wrapped to the terminal, or to 100 columns when the output is not one (a pipe, a CI log).
  .configureHelp({ helpWidth: Math.min(process.stdout.columns || 100, 120) })
  // Every usage error (unknown command, unknown or malformed flag) exits 2, wherever it occurs; set before the
  // commands are added so they inherit it. Help and --version exit 0.
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

registerStart(program);
registerDoctor(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`poolgate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});

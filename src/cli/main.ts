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
  .configureHelp({ helpWidth: Math.min(process.stdout.columns || 100, 120) });

registerStart(program);
registerDoctor(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`poolgate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});

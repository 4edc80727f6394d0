import { type Command, CommanderError, Option } from "commander";
import type { Lang } from "../checks/messages/catalogue.js";
import { message } from "../checks/messages/catalogue.js";
import { type DoctorIo, processIo } from "../doctor/io.js";
import { resolveLang } from "../doctor/lang.js";
import { renderJson } from "../doctor/report/json.js";
import { exitCodeOf, type Report } from "../doctor/report/report.js";
import { renderText } from "../doctor/report/text.js";
import { UsageError } from "../doctor/usage-error.js";

// The commands load the AWS SDK clients; they are imported when a doctor command runs, so `poolgate start`
// does not pay for them at start-up.

/** How a doctor run ends: in a process, or captured by a test running it in-process. */
export interface DoctorExit {
  /** Normal end: 0 nothing failed, 1 something failed, 2 usage error. */
  done(code: number): void;
  /** Commander's own end (bad option, --help): must not return. */
  abort(code: number): never;
}

const processExit: DoctorExit = {
  done: (code) => {
    process.exitCode = code;
  },
  abort: (code) => process.exit(code),
};

interface CommonFlags {
  lang?: string;
  json?: boolean;
  now?: string;
  endpointUrl?: string;
  region?: string;
}

const common = (cmd: Command): Command =>
  cmd
    .addOption(new Option("--lang <lang>", "language of the report (default from LC_ALL/LANG)").choices(["en", "ja"]))
    .option("--json", "machine-readable report (its shape: docs/doctor.md)")
    .option("--endpoint-url <url>", "read configuration from this endpoint (poolgate: http://127.0.0.1:4599) instead of AWS")
    .option("--region <region>", "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, or the region in the ids)")
    .option("--now <time>", "judge time-based checks as of this instant (ISO 8601 or epoch seconds)");

/** `poolgate doctor ...`: registered on the main program with one line in src/cli/main.ts. */
export function registerDoctor(program: Command, io: DoctorIo = processIo, exit: DoctorExit = processExit): Command {
  const doctor = program
    .command("doctor")
    .description("Explain a 401 from an API Gateway REST API with a Cognito authorizer: check a token, a request or an OAuth (Postman) setup")
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride((e: CommanderError) => exit.abort(e.exitCode === 0 ? 0 : 2));
  doctor.addHelpText(
    "after",
    `
Examples:
  poolgate doctor token eyJraWQiOi...                       # decode and explain a token
  pbpaste | poolgate doctor token - --user-pool-id us-east-1_AbC123 --scopes ""
  poolgate doctor oauth --client-id 1example23456789 --auth-url https://mydomain.auth.us-east-1.amazoncognito.com/login \\
      --token-url https://mydomain.auth.us-east-1.amazoncognito.com/oauth2/token --callback-url https://oauth.pstmn.io/v1/browser-callback \\
      --grant-type "Authorization Code" --scope openid
  poolgate doctor request https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/pets -H "Authorization: $ID_TOKEN" --send
  poolgate doctor curl "curl -H 'Authorization: ...' http://127.0.0.1:4599/_aws/execute-api/a1b2c3d4e5/dev/pets"
Exit status: 0 nothing failed, 1 something failed, 2 usage error.`,
  );

  const run = (lang: () => Lang, json: () => boolean, work: () => Promise<Report>) => async () => {
    try {
      const report = await work();
      io.out(json() ? renderJson(report, lang()) : renderText(report, lang()));
      exit.done(exitCodeOf(report));
    } catch (e) {
      if (e instanceof CommanderError) throw e;
      const text = e instanceof UsageError ? e.render(lang()) : message(lang(), "doctor.usage.internal", { error: (e as Error)?.message ?? String(e) });
      io.err(`poolgate doctor: ${text}\n`);
      // A --json caller parses standard output: it gets the error as JSON too, never an empty stream.
      if (json())
        io.out(`${JSON.stringify({ verdict: "error", error: { code: e instanceof UsageError ? e.key : "doctor.usage.internal", message: text } }, null, 2)}\n`);
      exit.done(2);
    }
  };
  const langOf = (f: CommonFlags) => () => resolveLang(f.lang, io.env);

  const token = common(doctor.command("token"))
    .description("Decode a token without trusting it, say what broke it, explain its claims, verify its signature, and say whether a method would accept it")
    .argument("[token]", "the JWT, or '-' to read it from standard input")
    .option("--user-pool-id <id>", "the pool the API's authorizer names: run the authorizer's own evaluation")
    .option("--client-id <id>", "the app client you expect the token to be for (informational: the REST authorizer does not check it)")
    .option("--scopes <scopes>", 'the method\'s authorizationScopes, space separated ("" = none: ID-token mode)')
    .option("--identity-validation-expression <regex>", "the authorizer's identityValidationExpression")
    .option("--jwks-url <url>", "where to fetch the signing keys (default: {iss}/.well-known/jwks.json)");
  token.action(async (arg: string | undefined, flags: CommonFlags & Record<string, unknown>) => {
    await run(
      langOf(flags),
      () => flags.json === true,
      async () => (await import("../doctor/commands/token.js")).doctorToken(arg, flags, io),
    )();
  });

  const collect = (v: string, prev: string[] = []) => [...prev, v];
  const requestOptions = (cmd: Command) =>
    common(cmd)
      .option("--send", "send the request too, and explain the answer")
      .option("--source-ip <ip>", "the caller's address, for a resource policy with aws:SourceIp conditions")
      .option("--jwks-url <url>", "where to fetch the token's signing keys (default: {iss}/.well-known/jwks.json)")
      .option("--api-file <file>", "read the API's configuration offline from an exported OpenAPI document (get-export --parameters extensions=apigateway)");
  const request = requestOptions(doctor.command("request"))
    .description(
      "Walk a request to an API Gateway REST API through stage, route, authorizer and resource policy, with the API's configuration read through the API Gateway API",
    )
    .argument("[url]", "invoke URL: https://{id}.execute-api.{region}.amazonaws.com/{stage}/{path} or a poolgate URL")
    .option("-X, --request <method>", "HTTP method", "GET")
    .option("-H, --header <header>", "request header 'Name: value' (repeatable)", collect)
    .option("-d, --data <body>", "request body")
    .option("--curl <command>", "take the request from a pasted curl command");
  request.action(async (url: string | undefined, flags: CommonFlags & Record<string, unknown>) => {
    await run(
      langOf(flags),
      () => flags.json === true,
      async () => (await import("../doctor/commands/request.js")).doctorRequest(url, { ...flags, method: flags.request as string | undefined }, io),
    )();
  });
  const curl = requestOptions(doctor.command("curl"))
    .description("The same as `doctor request`, from a pasted curl command: poolgate doctor curl \"curl -H 'Authorization: ...' https://...\"")
    .argument("<command>", "the curl command line, quoted");
  curl.action(async (command: string, flags: CommonFlags & Record<string, unknown>) => {
    await run(
      langOf(flags),
      () => flags.json === true,
      async () => (await import("../doctor/commands/request.js")).doctorRequest(undefined, { ...flags, curl: command }, io),
    )();
  });

  const oauth = common(doctor.command("oauth"))
    .description("Check an OAuth 2.0 client setup (Postman's OAuth 2.0 tab) against the user pool's app client: the article's C1-C8")
    .requiredOption("--client-id <id>", "Client ID")
    .option("--client-secret <secret>", "Client Secret (leave out for a public client)")
    .option("--auth-url <url>", "Auth URL")
    .option("--token-url <url>", "Access Token URL")
    .option("--callback-url <url>", "Callback URL")
    .option(
      "--grant-type <type>",
      'authorization_code | implicit | client_credentials, or Postman\'s "Authorization Code (With PKCE)" etc.',
      "authorization_code",
    )
    .option("--pkce", "the code flow with PKCE")
    .option("--scope <scopes>", 'Scope, space separated (e.g. "openid email")')
    .option("--user-pool-id <id>", "the user pool (default: found from the URL's domain or the client id)")
    .option("--token-content-type <type>", "the Content-Type your client sends to the token endpoint")
    .addOption(new Option("--client-authentication <where>", "Postman's Client Authentication: header (Basic Auth header) or body").choices(["header", "body"]))
    .option("--api-region <region>", "region of the API the tokens are for")
    .option("--probe", "POST to the token endpoint to see how it answers (invalid code: 400; wrong content type: 405)");
  oauth.action(async (flags: CommonFlags & Record<string, unknown>) => {
    await run(
      langOf(flags),
      () => flags.json === true,
      async () => (await import("../doctor/commands/oauth.js")).doctorOAuth(flags, io),
    )();
  });

  return doctor;
}

/** Runs `poolgate doctor <args>` in-process (tests, the docs examples); returns the exit status. */
export async function runDoctor(args: string[], io: DoctorIo): Promise<number> {
  const { Command } = await import("commander");
  let code = 0;
  class Abort extends Error {
    constructor(readonly code: number) {
      super(`exit ${code}`);
    }
  }
  const program = new Command().name("poolgate").exitOverride();
  program.configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerDoctor(program, io, {
    done: (c) => {
      code = c;
    },
    abort: (c) => {
      throw new Abort(c);
    },
  });
  try {
    await program.parseAsync(["doctor", ...args], { from: "user" });
  } catch (e) {
    if (e instanceof Abort) return e.code;
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

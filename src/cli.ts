#!/usr/bin/env node
// Entry point: parse the command, dispatch, and turn user mistakes into messages and exit codes.
import { formatProblem, UserError } from "./core/problems.js";
import { EXIT, processIO, type CommandIO } from "./commands/io.js";

export const MAIN_HELP = `aws-scenario: answers AWS architecture scenario questions like an exam coach:
the service or practice to use, why, why not the alternatives, and the study-note
section each reason comes from.

Usage: aws-scenario <command> [options]

With no command in a terminal, opens the guided wizard (same as \`ask\`).

Commands:
  ask [area]            the guided wizard: a few questions, then the answer and why
  check <file|->        evaluate one scenario file
  batch <path…>         run folders of scenario and question files like a test suite
  explain <topic>       what the tool knows about an answer id, a decision area,
                        or: areas, answers, facts, sections
  lint                  validate a rules directory
  calc <dynamodb|ebs>   capacity arithmetic from the note, step by step
  --help                this help; every command has its own (check --help)

Examples:
  aws-scenario ask elasticache-engine
  aws-scenario check scenarios/elasticache-engine/leaderboard.yaml
  aws-scenario batch scenarios --coverage
  aws-scenario explain elasticache-redis
  aws-scenario lint --rules ./my-rules
`;

type Command = (args: string[], io: CommandIO) => Promise<number>;

// Each command is imported only when it runs, so `--help` and the light commands start fast.
const COMMANDS: Record<string, () => Promise<Command>> = {
  ask: async () => (await import("./commands/ask.js")).runAsk,
  check: async () => (await import("./commands/check.js")).runCheck,
  batch: async () => (await import("./commands/batch.js")).runBatch,
  explain: async () => (await import("./commands/explain.js")).runExplain,
  lint: async () => (await import("./commands/lint.js")).runLint,
  calc: async () => (await import("./commands/calc.js")).runCalc,
};

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // No command: the wizard when a person is at a terminal (decided before Ink is loaded), else the help.
    if (command === undefined && io.stdinIsTTY && io.stdoutIsTTY) return await (await COMMANDS.ask!())([], io);
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.out(MAIN_HELP);
      return EXIT.ok;
    }
    const load = COMMANDS[command];
    if (!load) throw new UserError(`unknown command '${command}'; run \`aws-scenario --help\` for the list`);
    return await (await load())(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CommandIO): number {
  if (error instanceof UserError) {
    io.err(`aws-scenario: ${error.message}\n`);
    for (const problem of error.problems) io.err(`  ${formatProblem(problem).replace(/\n/g, "\n  ")}\n`);
    return EXIT.invalid;
  }
  // node:util parseArgs reports unknown or malformed options with these codes: a usage mistake.
  const code = (error as { code?: string }).code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
    io.err(`aws-scenario: ${(error as Error).message}\n  run with --help for the options\n`);
    return EXIT.invalid;
  }
  io.err(`aws-scenario: internal error (a bug, please report it): ${(error as Error)?.stack ?? String(error)}\n`);
  return 70;
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && /cli\.(ts|js|mjs)$|aws-scenario(\.js)?$/.test(entry);
}

if (isMainModule()) {
  // `aws-scenario … | head` closes the pipe early: that is not an error, just stop quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}

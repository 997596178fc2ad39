#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  EXIT,
  processIO
} from "./chunk-T6NUBACX.js";
import {
  UserError,
  formatProblem
} from "./chunk-AU2UU52M.js";
import "./chunk-KPOE4I3O.js";

// src/cli.ts
var MAIN_HELP = `aws-scenario: answers AWS architecture scenario questions like an exam coach:
the service or practice to use, why, why not the alternatives, and the study-note
section each reason comes from.

Usage: aws-scenario <command> [options]

With no command in a terminal, opens the guided wizard (same as \`ask\`).

Commands:
  ask [area]            the guided wizard: a few questions, then the answer and why
  check <file|->        evaluate one scenario file
  batch <path\u2026>         run folders of scenario and question files like a test suite
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
var COMMANDS = {
  ask: async () => (await import("./ask-4EOXCSOD.js")).runAsk,
  check: async () => (await import("./check-Q3QKSEBX.js")).runCheck,
  batch: async () => (await import("./batch-J7UGAIUM.js")).runBatch,
  explain: async () => (await import("./explain-AXFCG6F2.js")).runExplain,
  lint: async () => (await import("./lint-FDGUTTHI.js")).runLint,
  calc: async () => (await import("./calc-FKC5N5FM.js")).runCalc
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0 && io.stdinIsTTY && io.stdoutIsTTY) return await (await COMMANDS.ask())([], io);
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
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
function reportError(error, io) {
  if (error instanceof UserError) {
    io.err(`aws-scenario: ${error.message}
`);
    for (const problem of error.problems) io.err(`  ${formatProblem(problem).replace(/\n/g, "\n  ")}
`);
    return EXIT.invalid;
  }
  const code = error.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
    io.err(`aws-scenario: ${error.message}
  run with --help for the options
`);
    return EXIT.invalid;
  }
  io.err(`aws-scenario: internal error (a bug, please report it): ${error?.stack ?? String(error)}
`);
  return 70;
}
function isMainModule() {
  const entry = process.argv[1];
  return entry !== void 0 && /cli\.(ts|js|mjs)$|aws-scenario(\.js)?$/.test(entry);
}
if (isMainModule()) {
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
export {
  MAIN_HELP,
  main
};

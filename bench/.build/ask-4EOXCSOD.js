import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  KNOWLEDGE_HELP,
  knowledgeOptions,
  requireKnowledge
} from "./chunk-J7IBAFOG.js";
import {
  EXIT
} from "./chunk-T6NUBACX.js";
import {
  closest
} from "./chunk-4GMANDLW.js";
import "./chunk-DAEZASC3.js";
import "./chunk-HZCKYSJH.js";
import {
  UserError
} from "./chunk-AU2UU52M.js";
import "./chunk-T5FWLUUZ.js";
import "./chunk-HLXJHIXV.js";
import "./chunk-KPOE4I3O.js";

// src/commands/ask.ts
import { parseArgs } from "node:util";
var ASK_HELP = `Usage: aws-scenario ask [area] [options]

Opens the guided wizard in the terminal: pick a decision area (or describe your situation),
answer only the questions that can still change the outcome, and get the recommendation with
its reasons, why not the alternatives, caveats and what would change it. \`s\` saves the
session as a scenario file that \`check\` and \`batch\` read.

Keys: \u2191\u2193 or j/k move \xB7 Enter choose \xB7 Esc or \u2190 back \xB7 ? why this question \xB7 t trace
      s save \xB7 r restart \xB7 q quit \xB7 Ctrl+C stop

Needs a terminal on standard input and output; in scripts use \`check\` or \`batch\`.

Options:
${KNOWLEDGE_HELP}
  -h, --help        show this help

Examples:
  aws-scenario ask
  aws-scenario ask elasticache-engine
  aws-scenario ask messaging-service --rules ./my-rules
`;
async function runAsk(args, io, dependencies = {}) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" }, ...knowledgeOptions }
  });
  if (values.help) {
    io.out(ASK_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UserError("ask takes at most one decision area; see `aws-scenario ask --help`");
  if (!io.stdinIsTTY || !io.stdoutIsTTY) {
    io.err(
      "aws-scenario ask: the wizard needs a terminal on standard input and output.\n  For scripts: `aws-scenario check <scenario.yaml>` evaluates one scenario,\n  `aws-scenario batch` many at once; `aws-scenario explain areas` lists the decision areas.\n"
    );
    return EXIT.invalid;
  }
  const knowledge = requireKnowledge(values, io.cwd);
  const area = positionals[0];
  if (area !== void 0 && !knowledge.areas.has(area))
    throw new UserError(`unknown decision area '${area}'; ${closest(area, [...knowledge.areas.keys()])}`);
  process.env.NODE_ENV ??= "production";
  const { runWizard } = await import("./run-wizard-QRDLVDAH.js");
  return runWizard({ knowledge, area, readFacts: dependencies.readFacts ?? backgroundFactReader(knowledge), env: io.env, cwd: io.cwd, err: io.err });
}
function backgroundFactReader(knowledge) {
  let reader;
  void import("./read-facts-ZCPKPYWB.js").then((module) => {
    reader = (text) => module.readFacts(text, knowledge).map((fact) => ({ ...fact, value: Array.isArray(fact.value) ? [...fact.value] : fact.value }));
  });
  return (text) => reader?.(text) ?? [];
}
export {
  ASK_HELP,
  runAsk
};

// `ask [area]`: the guided wizard. Decides that a terminal is present before anything of Ink or React
// is loaded; without one it points to the commands made for scripts.
import { parseArgs } from "node:util";
import { closest } from "../core/scenario.js";
import { UserError } from "../core/problems.js";
import { EXIT, type CommandIO } from "./io.js";
import type { Knowledge } from "../core/load-knowledge.js";
import { KNOWLEDGE_HELP, knowledgeOptions, requireKnowledge } from "./knowledge-options.js";

export const ASK_HELP = `Usage: aws-scenario ask [area] [options]

Opens the guided wizard in the terminal: pick a decision area (or describe your situation),
answer only the questions that can still change the outcome, and get the recommendation with
its reasons, why not the alternatives, caveats and what would change it. \`s\` saves the
session as a scenario file that \`check\` and \`batch\` read.

Keys: ↑↓ or j/k move · Enter choose · Esc or ← back · ? why this question · t trace
      s save · r restart · q quit · Ctrl+C stop

Needs a terminal on standard input and output; in scripts use \`check\` or \`batch\`.

Options:
${KNOWLEDGE_HELP}
  -h, --help        show this help

Examples:
  aws-scenario ask
  aws-scenario ask elasticache-engine
  aws-scenario ask messaging-service --rules ./my-rules
`;

/** What the lead wires in: the free-text fact reader (the start screen hides "describe" without it). */
export interface AskDependencies {
  readonly readFacts?: (text: string) => Array<{ name: string; value: boolean | number | string | string[]; evidence: string }>;
}

export async function runAsk(args: string[], io: CommandIO, dependencies: AskDependencies = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" }, ...knowledgeOptions },
  });
  if (values.help) {
    io.out(ASK_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UserError("ask takes at most one decision area; see `aws-scenario ask --help`");
  if (!io.stdinIsTTY || !io.stdoutIsTTY) {
    io.err(
      "aws-scenario ask: the wizard needs a terminal on standard input and output.\n" +
        "  For scripts: `aws-scenario check <scenario.yaml>` evaluates one scenario,\n" +
        "  `aws-scenario batch` many at once; `aws-scenario explain areas` lists the decision areas.\n",
    );
    return EXIT.invalid;
  }
  const knowledge = requireKnowledge(values, io.cwd);
  const area = positionals[0];
  if (area !== undefined && !knowledge.areas.has(area))
    throw new UserError(`unknown decision area '${area}'; ${closest(area, [...knowledge.areas.keys()])}`);

  // React picks its development build unless told otherwise; the wizard wants the fast one.
  process.env.NODE_ENV ??= "production";
  const { runWizard } = await loadWizardInteractively();
  return runWizard({ knowledge, area, readFacts: dependencies.readFacts ?? backgroundFactReader(knowledge), env: io.env, cwd: io.cwd, err: io.err });
}

/**
 * Ink draws only the final frame when it believes it runs in CI: it reads CI and CONTINUOUS_INTEGRATION
 * once, as it loads. Both ends are a terminal (checked above), so someone is watching: hide those
 * variables while Ink loads, and put them back.
 */
async function loadWizardInteractively(): Promise<typeof import("../ui/run-wizard.js")> {
  const hidden = ["CI", "CONTINUOUS_INTEGRATION"].filter((name) => name in process.env).map((name) => [name, process.env[name]] as const);
  for (const [name] of hidden) delete process.env[name];
  try {
    return await import("../ui/run-wizard.js");
  } finally {
    for (const [name, value] of hidden) process.env[name] = value;
  }
}

/**
 * Reading free text needs the NLP model (~0.1 s to load): start loading it now, in the background, so
 * the first frame is not delayed; by the time someone has typed a description it is ready.
 */
function backgroundFactReader(knowledge: Knowledge): NonNullable<AskDependencies["readFacts"]> {
  let reader: ((text: string) => ReturnType<NonNullable<AskDependencies["readFacts"]>>) | undefined;
  void import("../core/question/read-facts.js").then((module) => {
    reader = (text) => module.readFacts(text, knowledge).map((fact) => ({ ...fact, value: Array.isArray(fact.value) ? [...fact.value] : fact.value }) as never);
  });
  return (text) => reader?.(text) ?? [];
}

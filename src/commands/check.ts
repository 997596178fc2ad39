// `check <file|->`: evaluate one scenario and say what to use, why, and why not the rest.
import { parseArgs } from "node:util";
import { Evaluator } from "../core/evaluate.js";
import { UserError } from "../core/problems.js";
import { checkExpectations, parseScenario } from "../core/scenario.js";
import { readTextFile } from "../core/source-file.js";
import { renderEvaluation } from "../text/render-evaluation.js";
import { styleFor } from "../text/style.js";
import { EXIT, type CommandIO } from "./io.js";
import { KNOWLEDGE_HELP, knowledgeOptions, requireKnowledge } from "./knowledge-options.js";
import { scenarioReport } from "./reports.js";

export const CHECK_HELP = `Usage: aws-scenario check <file|-> [options]

Evaluates one scenario file (YAML or JSON) and prints the recommendation, the reasons
with the study-note sections they come from, why each alternative loses, caveats, and
PASS/FAIL against the file's \`expect\` block when it has one. \`-\` reads standard input.

Options:
  --json            print one JSON object instead of text
  --trace           also print every rule's condition trace (values seen, held or not)
${KNOWLEDGE_HELP}
  -h, --help        show this help

Exit codes: 0 ok, 1 an expectation failed, 2 invalid input or usage.

Examples:
  aws-scenario check scenarios/elasticache-engine/leaderboard.yaml
  aws-scenario check --json scenarios/messaging-service/fan-out.yaml
  cat my-scenario.yaml | aws-scenario check -
`;

export async function runCheck(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, trace: { type: "boolean" }, help: { type: "boolean", short: "h" }, ...knowledgeOptions },
  });
  if (values.help) {
    io.out(CHECK_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UserError("check takes exactly one file (or - for standard input); see `aws-scenario check --help`");
  const source = positionals[0]!;
  const file = source === "-" ? "<stdin>" : source;
  let text: string;
  if (source === "-") text = io.readStdin();
  else {
    const read = readTextFile(source);
    if (!read.ok) throw new UserError(`cannot read ${source}`, read.problems);
    text = read.text;
  }

  const knowledge = requireKnowledge(values, io.cwd);
  const loaded = parseScenario(file, text, knowledge);
  if (!loaded.ok) throw new UserError(`${file} is not a valid scenario`, loaded.problems);
  const { scenario } = loaded;
  const evaluation = await new Evaluator(knowledge).evaluate(scenario.facts, scenario.areas.length > 0 ? scenario.areas : undefined);
  const expectation = scenario.expect ? checkExpectations(scenario.expect, evaluation, knowledge) : undefined;

  if (values.json) {
    io.out(JSON.stringify(scenarioReport(scenario, evaluation, expectation, knowledge, values.trace ?? false), null, 2) + "\n");
  } else {
    const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
    io.out(`${style.bold(scenario.name)}\n`);
    if (scenario.description) io.out(`${style.dim(scenario.description.trim())}\n`);
    io.out("\n" + renderEvaluation(evaluation, knowledge, { style, trace: values.trace }));
    if (expectation) {
      io.out(
        expectation.passed
          ? `\n${style.green("PASS")} every expectation holds\n`
          : `\n${style.red("FAIL")}\n${expectation.failures.map((f) => `  - ${f}\n`).join("")}`,
      );
    }
  }
  return expectation && !expectation.passed ? EXIT.failed : EXIT.ok;
}

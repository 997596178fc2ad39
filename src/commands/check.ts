// `check <file|->`: evaluate one scenario and say what to use, why, and why not the rest.
import { parseArgs } from "node:util";
import { Evaluator } from "../core/evaluate.js";
import { UserError } from "../core/problems.js";
import { readCheckInput } from "../core/inputs.js";
import { checkExpectations, type Scenario } from "../core/scenario.js";
import type { Knowledge } from "../core/load-knowledge.js";
import type { Question } from "../core/question/parse-question.js";
import { readTextFile } from "../core/source-file.js";
import { renderEvaluation } from "../text/render-evaluation.js";
import { styleFor, type Style } from "../text/style.js";
import { EXIT, type CommandIO } from "./io.js";
import { KNOWLEDGE_HELP, knowledgeOptions, requireKnowledge } from "./knowledge-options.js";
import { scenarioReport } from "./reports.js";

export const CHECK_HELP = `Usage: aws-scenario check <file|-> [options]

Evaluates one scenario file (YAML or JSON) and prints the recommendation, the reasons
with the study-note sections they come from, why each alternative loses, caveats, and
PASS/FAIL against the file's \`expect\` block when it has one.

Also reads an exam-style question (.md / .txt, or YAML/JSON with question/options):
the stem, then options as "A. text", "A) text", "(A) text" or "- [ ] text", and an
optional last line "Answer: C". It picks the option(s), explains every option with
the note section, lists the facts it read, or abstains when the note does not cover
the question. \`-\` reads standard input.

Options:
  --json            print one JSON object instead of text
  --trace           also print every rule's condition trace (values seen, held or not)
  --question        read the input as an exam question whatever its shape
  --scenario        read the input as a scenario file whatever its shape
${KNOWLEDGE_HELP}
  -h, --help        show this help

Exit codes: 0 ok, 1 an expectation (or a question's Answer line) failed, 2 invalid input or usage.

Examples:
  aws-scenario check scenarios/elasticache-engine/leaderboard.yaml
  aws-scenario check --json scenarios/messaging-service/fan-out.yaml
  cat my-scenario.yaml | aws-scenario check -
  aws-scenario check scenarios/exam/caching/leaderboard.md
  pbpaste | aws-scenario check --json -
`;

export async function runCheck(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      trace: { type: "boolean" },
      question: { type: "boolean" },
      scenario: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      ...knowledgeOptions,
    },
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
  const force = values.question ? "question" : values.scenario ? "scenario" : undefined;
  const input = readCheckInput(file, text, knowledge, force);
  if (!input.ok) throw new UserError(`${file} is not a valid ${force ?? "scenario or question"}`, input.problems);
  const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
  if (input.kind === "question") return checkQuestion(input.question, knowledge, io, values.json ?? false, style);
  return checkScenario(input.scenario, knowledge, io, { json: values.json ?? false, trace: values.trace ?? false }, style);
}

async function checkQuestion(question: Question, knowledge: Knowledge, io: CommandIO, json: boolean, style: Style): Promise<number> {
  // Loaded only for questions: reading English needs the NLP model, scenarios do not.
  const { answerQuestion } = await import("../core/question/answer-question.js");
  const { renderQuestion } = await import("../text/render-question.js");
  const outcome = await answerQuestion(question, knowledge, new Evaluator(knowledge));
  io.out(json ? JSON.stringify(outcome, null, 2) + "\n" : renderQuestion(outcome, knowledge, style));
  return outcome.correct === false ? EXIT.failed : EXIT.ok;
}

async function checkScenario(scenario: Scenario, knowledge: Knowledge, io: CommandIO, options: { json: boolean; trace: boolean }, style: Style): Promise<number> {
  const evaluation = await new Evaluator(knowledge).evaluate(scenario.facts, scenario.areas.length > 0 ? scenario.areas : undefined);
  const expectation = scenario.expect ? checkExpectations(scenario.expect, evaluation, knowledge) : undefined;
  if (options.json) {
    io.out(JSON.stringify(scenarioReport(scenario, evaluation, expectation, knowledge, options.trace), null, 2) + "\n");
  } else {
    io.out(`${style.bold(scenario.name)}\n`);
    if (scenario.description) io.out(`${style.dim(scenario.description.trim())}\n`);
    io.out("\n" + renderEvaluation(evaluation, knowledge, { style, trace: options.trace }));
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

import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  readCheckInput
} from "./chunk-LTJJCUGL.js";
import {
  renderEvaluation
} from "./chunk-EPSH5CS7.js";
import {
  styleFor
} from "./chunk-IGGSOWQI.js";
import {
  Evaluator
} from "./chunk-AK4YB6WT.js";
import {
  KNOWLEDGE_HELP,
  knowledgeOptions,
  requireKnowledge
} from "./chunk-J7IBAFOG.js";
import {
  EXIT
} from "./chunk-T6NUBACX.js";
import {
  checkExpectations
} from "./chunk-4GMANDLW.js";
import "./chunk-DAEZASC3.js";
import {
  readTextFile
} from "./chunk-HZCKYSJH.js";
import {
  UserError
} from "./chunk-AU2UU52M.js";
import "./chunk-T5FWLUUZ.js";
import "./chunk-HLXJHIXV.js";
import "./chunk-KPOE4I3O.js";

// src/commands/check.ts
import { parseArgs } from "node:util";

// src/commands/reports.ts
function scenarioReport(scenario, evaluation, expectation, knowledge, includeTrace) {
  return {
    kind: "scenario",
    file: scenario.file,
    name: scenario.name,
    facts: scenario.facts,
    areas: evaluation.areas.map((area) => ({
      area: area.area,
      title: area.title,
      recommended: area.chosen,
      ranking: area.ranking.map((r) => ({
        answer: r.answer,
        name: r.name,
        score: r.score,
        section: knowledge.answers.get(r.answer)?.section,
        reasonsFor: r.reasonsFor,
        reasonsAgainst: r.reasonsAgainst
      })),
      rejected: area.rejected.map((r) => ({ answer: r.answer, reasons: r.reasonsAgainst })),
      caveats: area.caveats,
      openFacts: area.openFacts,
      settled: area.settled,
      ...includeTrace ? { trace: area.trace } : {}
    })),
    expect: scenario.expect ?? null,
    passed: expectation ? expectation.passed : null,
    failures: expectation?.failures ?? []
  };
}

// src/commands/check.ts
var CHECK_HELP = `Usage: aws-scenario check <file|-> [options]

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
async function runCheck(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      trace: { type: "boolean" },
      question: { type: "boolean" },
      scenario: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      ...knowledgeOptions
    }
  });
  if (values.help) {
    io.out(CHECK_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UserError("check takes exactly one file (or - for standard input); see `aws-scenario check --help`");
  const source = positionals[0];
  const file = source === "-" ? "<stdin>" : source;
  let text;
  if (source === "-") text = io.readStdin();
  else {
    const read = readTextFile(source);
    if (!read.ok) throw new UserError(`cannot read ${source}`, read.problems);
    text = read.text;
  }
  const knowledge = requireKnowledge(values, io.cwd);
  const force = values.question ? "question" : values.scenario ? "scenario" : void 0;
  const input = readCheckInput(file, text, knowledge, force);
  if (!input.ok) throw new UserError(`${file} is not a valid ${force ?? "scenario or question"}`, input.problems);
  const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
  if (input.kind === "question") return checkQuestion(input.question, knowledge, io, values.json ?? false, style);
  return checkScenario(input.scenario, knowledge, io, { json: values.json ?? false, trace: values.trace ?? false }, style);
}
async function checkQuestion(question, knowledge, io, json, style) {
  const { answerQuestion } = await import("./answer-question-PETBRNJW.js");
  const { renderQuestion } = await import("./render-question-CLK3F7W5.js");
  const outcome = await answerQuestion(question, knowledge, new Evaluator(knowledge));
  io.out(json ? JSON.stringify(outcome, null, 2) + "\n" : renderQuestion(outcome, knowledge, style));
  return outcome.correct === false ? EXIT.failed : EXIT.ok;
}
async function checkScenario(scenario, knowledge, io, options, style) {
  const evaluation = await new Evaluator(knowledge).evaluate(scenario.facts, scenario.areas.length > 0 ? scenario.areas : void 0);
  const expectation = scenario.expect ? checkExpectations(scenario.expect, evaluation, knowledge) : void 0;
  if (options.json) {
    io.out(JSON.stringify(scenarioReport(scenario, evaluation, expectation, knowledge, options.trace), null, 2) + "\n");
  } else {
    io.out(`${style.bold(scenario.name)}
`);
    if (scenario.description) io.out(`${style.dim(scenario.description.trim())}
`);
    io.out("\n" + renderEvaluation(evaluation, knowledge, { style, trace: options.trace }));
    if (expectation) {
      io.out(
        expectation.passed ? `
${style.green("PASS")} every expectation holds
` : `
${style.red("FAIL")}
${expectation.failures.map((f) => `  - ${f}
`).join("")}`
      );
    }
  }
  return expectation && !expectation.passed ? EXIT.failed : EXIT.ok;
}
export {
  CHECK_HELP,
  runCheck
};

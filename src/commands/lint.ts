// `lint`: validate a rules directory the way loading does, plus the checks only an author needs.
import { parseArgs } from "node:util";
import { lintRules } from "../core/lint.js";
import { formatProblem } from "../core/problems.js";
import { styleFor } from "../text/style.js";
import { EXIT, type CommandIO } from "./io.js";
import { KNOWLEDGE_HELP, knowledgeOptions, rulesDirs } from "./knowledge-options.js";

export const LINT_HELP = `Usage: aws-scenario lint [options]

Validates the rules: schema of every file, unknown facts and answer ids, note sections
that are not headings of the study note, duplicate rule names, forbidden keys such as
\`path\`, rules that can never fire (warning: answers no rule recommends, facts no rule
reads, answers without a why-not rule).

Options:
  --strict          treat warnings as failures (exit 1)
  --json            print the problems as JSON
${KNOWLEDGE_HELP}
  -h, --help        show this help

Exit codes: 0 no errors, 1 warnings with --strict, 2 errors.

Examples:
  aws-scenario lint
  aws-scenario lint --rules ./team-rules
  aws-scenario lint --rules-only --rules ./standalone-rules --strict
`;

export async function runLint(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { strict: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" }, ...knowledgeOptions },
  });
  if (values.help) {
    io.out(LINT_HELP);
    return EXIT.ok;
  }
  const report = lintRules(rulesDirs(values, io.cwd));
  const errors = report.problems.filter((p) => p.severity === "error");
  const warnings = report.problems.filter((p) => p.severity === "warning");
  if (values.json) {
    io.out(JSON.stringify({ counts: report.counts, errors, warnings }, null, 2) + "\n");
  } else {
    const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
    for (const problem of report.problems) io.out(formatProblem(problem) + "\n");
    const { areas, rules, answers, facts } = report.counts;
    const summary = `${areas} areas, ${rules} rules, ${answers} answers, ${facts} facts: ${errors.length} errors, ${warnings.length} warnings`;
    io.out((errors.length > 0 ? style.red(summary) : warnings.length > 0 ? style.yellow(summary) : style.green(summary)) + "\n");
  }
  if (errors.length > 0) return EXIT.invalid;
  return values.strict && warnings.length > 0 ? EXIT.failed : EXIT.ok;
}

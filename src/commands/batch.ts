// `batch <path…>`: run folders of scenario and question files like a test suite.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { discoverFiles, type BatchFile } from "../core/batch/discover.js";
import { PROGRESS_AFTER_MS, PROGRESS_EVERY_MS, progressLine } from "../core/batch/progress.js";
import { batchJson, batchJunit, batchTap } from "../core/batch/reports.js";
import { BatchCollector, runFiles } from "../core/batch/run.js";
import { nextState, readState, STATE_FILE, writeState } from "../core/batch/state.js";
import type { GroupBy } from "../core/batch/summary.js";
import { UserError } from "../core/problems.js";
import { describeResult, renderBatch } from "../text/render-batch.js";
import { plainStyle, styleFor } from "../text/style.js";
import { type CommandIO } from "./io.js";
import { KNOWLEDGE_HELP, knowledgeOptions, requireKnowledge, rulesDirs } from "./knowledge-options.js";

export const BATCH_HELP = `Usage: aws-scenario batch <path…> [options]

Runs collections of scenario and question files like a test suite. A path is a file,
a folder (searched recursively for .yaml .yml .json .md .txt files; hidden folders,
node_modules and README files are left out) or a glob such as 'exam/**/*.md'
(quote globs so the shell leaves them alone).

A scenario file passes when its \`expect\` block holds (one without \`expect\` passes
once it evaluates). A question file is judged against its answer key:
  right      the letters match the key, or the key says out-of-scope and the tool
             abstained: passed
  wrong      other letters, or an answer to an out-of-scope question: failed
  abstained  the tool declined an in-scope question (or one without a key): neither
             passed nor failed. An honest "not sure" is not a wrong answer, so it does
             not fail the run; the figures below show how often it happens.
The summary has one row per decision area (or folder), and for questions the three
exam figures: in-scope accuracy (in-scope questions answered right), precision
(answered questions that are right) and out-of-scope abstention (out-of-scope
questions abstained on). Each failure shows what was expected, what was concluded,
the reasons and the condition trace; invalid files show path:line:column.

Options:
  --by area|folder   group the summary by decision area (default) or by folder
  --filter REGEX     only the files whose path matches REGEX (JavaScript syntax)
  --only-failed      only the files that failed or were invalid last time. Every
                     run records them in ${STATE_FILE} in the current
                     folder (safe to delete); without a record, everything runs
  --bail             stop at the first failed or invalid file
  --coverage         list every rule and whether some file fired it, and every
                     decision-bearing note section (one a rule or an answer cites)
                     and whether some file exercised it (fired a rule citing it, or
                     was recommended an answer from it), with percentages
  --min-coverage N   fail (exit 1) when rule or section coverage is below N percent
  --json             print one JSON document with every result
  --tap              print TAP version 14
  --junit FILE       also write JUnit XML to FILE, for CI test reports
  --verbose          also list every file with its outcome
  --workers N        evaluate in N worker threads (default 0: this thread, which
                     was faster at every size measured on 2 cores; try it on more)
  --reference-engine evaluate the rules with json-rules-engine itself rather than
                     the compiled form batch uses for speed (a test keeps both
                     identical; this is for when you doubt it)
${KNOWLEDGE_HELP}
  -h, --help         show this help

On a terminal, runs longer than a second draw a progress bar on standard error (never
with --json or --tap).

Exit codes: 0 every file passed (abstentions allowed); 1 some file failed, or coverage
is below --min-coverage; 2 some file is invalid, or bad usage. When files are both
invalid and failed, 2 wins: a broken suite must be fixed before its results count.

Examples:
  aws-scenario batch scenarios
  aws-scenario batch scenarios/exam --by folder
  aws-scenario batch 'scenarios/**/*.yaml' --coverage --min-coverage 90
  aws-scenario batch scenarios --junit reports/scenarios.xml
  aws-scenario batch scenarios --filter elasticache --only-failed --bail
  aws-scenario batch my-questions --json > results.json
`;

export async function runBatch(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      by: { type: "string" },
      filter: { type: "string" },
      "only-failed": { type: "boolean" },
      bail: { type: "boolean" },
      coverage: { type: "boolean" },
      "min-coverage": { type: "string" },
      json: { type: "boolean" },
      tap: { type: "boolean" },
      junit: { type: "string" },
      verbose: { type: "boolean" },
      workers: { type: "string" },
      "reference-engine": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      ...knowledgeOptions,
    },
  });
  if (values.help) {
    io.out(BATCH_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UserError("batch needs at least one file, folder or glob; see `aws-scenario batch --help`");
  if (values.json && values.tap) throw new UserError("choose one of --json and --tap");
  const by = (values.by ?? "area") as GroupBy;
  if (by !== "area" && by !== "folder") throw new UserError(`--by takes 'area' or 'folder', not '${values.by}'`);
  const filter = compileFilter(values.filter);
  const minCoverage = numberOption("--min-coverage", values["min-coverage"], 0, 100);
  const workers = numberOption("--workers", values.workers, 0, 64, true);

  const knowledge = requireKnowledge(values, io.cwd);
  const discovery = discoverFiles(positionals, io.cwd);
  if (discovery.problems.length > 0) throw new UserError("some paths give no files to run", discovery.problems);
  const files = selectFiles(discovery.files, filter, values["only-failed"] ?? false, io);

  const collector = new BatchCollector(by);
  const progress = progressDrawer(io, !values.json && !values.tap && (io.stderrIsTTY ?? false));
  try {
    await runFiles(files, {
      knowledge,
      rulesDirs: rulesDirs(values, io.cwd),
      coverage: values.coverage || minCoverage !== undefined,
      bail: values.bail,
      referenceEngine: values["reference-engine"],
      workers,
      onResult: (result) => collector.add(result),
      onProgress: progress.update,
    });
  } finally {
    progress.clear();
  }
  const report = collector.report(knowledge, { found: discovery.files.length, selected: files.length }, { coverage: values.coverage, minCoverage });

  const stateProblem = writeState(io.cwd, nextState(readState(io.cwd), report.results));
  if (stateProblem) io.err(`aws-scenario: warning: ${stateProblem} (--only-failed will not know this run)\n`);
  const describe = (result: Parameters<typeof describeResult>[0]) => describeResult(result, knowledge, plainStyle);
  if (values.junit) {
    try {
      writeFileSync(resolve(io.cwd, values.junit), batchJunit(report, describe));
    } catch (error) {
      throw new UserError(`cannot write the JUnit report to ${values.junit}: ${(error as Error).message}`);
    }
  }
  if (values.json) io.out(JSON.stringify(batchJson(report), null, 2) + "\n");
  else if (values.tap) io.out(batchTap(report, describe));
  else io.out(renderBatch(report, knowledge, { style: styleFor({ isTTY: io.stdoutIsTTY }, io.env), verbose: values.verbose }));
  return report.exitCode;
}

function compileFilter(source: string | undefined): RegExp | undefined {
  if (source === undefined) return undefined;
  try {
    return new RegExp(source);
  } catch (error) {
    throw new UserError(`--filter is not a valid regular expression: ${(error as Error).message}`);
  }
}

function numberOption(name: string, text: string | undefined, min: number, max: number, integer = false): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
    throw new UserError(`${name} takes ${integer ? "a whole number" : "a number"} from ${min} to ${max}, not '${text}'`);
  return value;
}

function selectFiles(found: readonly BatchFile[], filter: RegExp | undefined, onlyFailed: boolean, io: CommandIO): BatchFile[] {
  let files = filter ? found.filter((file) => filter.test(file.display)) : [...found];
  if (filter && files.length === 0) throw new UserError(`--filter ${filter.source} matches none of the ${found.length} files found`);
  if (onlyFailed) {
    const failed = new Set(readState(io.cwd)?.failed ?? []);
    const again = files.filter((file) => failed.has(file.display));
    if (again.length > 0) files = again;
    else io.err(`aws-scenario: no failures recorded in ${STATE_FILE} for these files; running all ${files.length}\n`);
  }
  return files;
}

/** The progress bar: only on a terminal, only once the run has lasted a second, at most ten times a second. */
function progressDrawer(io: CommandIO, enabled: boolean) {
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update: (done: number, total: number, file: string) => {
      if (!enabled) return;
      const now = performance.now();
      if (now - started < PROGRESS_AFTER_MS || now - lastDraw < PROGRESS_EVERY_MS) return;
      lastDraw = now;
      drawn = true;
      const width = Number(io.env.COLUMNS) > 20 ? Number(io.env.COLUMNS) : 80;
      io.err(`\r\u001b[2K${progressLine(done, total, file, width)}`);
    },
    clear: () => {
      if (drawn) io.err("\r\u001b[2K");
    },
  };
}

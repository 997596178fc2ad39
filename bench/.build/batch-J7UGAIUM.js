import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  FileEvaluator,
  INVALID_GROUP,
  NO_AREA,
  OUT_OF_SCOPE,
  SEVERAL_AREAS
} from "./chunk-UWACPPO3.js";
import "./chunk-LTJJCUGL.js";
import {
  renderEvaluation,
  renderRuleTrace
} from "./chunk-EPSH5CS7.js";
import {
  plainStyle,
  styleFor
} from "./chunk-IGGSOWQI.js";
import "./chunk-AK4YB6WT.js";
import {
  KNOWLEDGE_HELP,
  knowledgeOptions,
  requireKnowledge,
  rulesDirs
} from "./chunk-J7IBAFOG.js";
import "./chunk-4GMANDLW.js";
import "./chunk-DAEZASC3.js";
import {
  require_dist
} from "./chunk-HZCKYSJH.js";
import {
  UserError,
  formatProblem
} from "./chunk-AU2UU52M.js";
import "./chunk-T5FWLUUZ.js";
import {
  compareText
} from "./chunk-HLXJHIXV.js";
import {
  renderQuestion
} from "./chunk-SNJKNDKX.js";
import {
  __toESM
} from "./chunk-KPOE4I3O.js";

// src/commands/batch.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/core/batch/discover.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// src/core/batch/glob.ts
var MAGIC = /[*?[{]/;
function isGlob(pattern) {
  return MAGIC.test(pattern);
}
function splitGlob(pattern) {
  const segments = pattern.split("/");
  const firstMagic = segments.findIndex((segment) => isGlob(segment));
  if (firstMagic === -1) return { base: pattern, rest: "" };
  const base = segments.slice(0, firstMagic).join("/");
  return { base: base === "" && pattern.startsWith("/") ? "/" : base || ".", rest: segments.slice(firstMagic).join("/") };
}
function globToRegExp(pattern) {
  let source = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*") {
      if (pattern[i + 1] === "*") {
        const atSegmentStart = i === 0 || pattern[i - 1] === "/";
        const next = pattern[i + 2];
        if (atSegmentStart && next === "/") {
          source += "(?:[^/]+/)*";
          i += 2;
          continue;
        }
        if (atSegmentStart && next === void 0) {
          source += ".*";
          i += 1;
          continue;
        }
      }
      source += "[^/]*";
    } else if (char === "?") {
      source += "[^/]";
    } else if (char === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) throw new SyntaxError(`unclosed '[' in the pattern '${pattern}'`);
      let body = pattern.slice(i + 1, end);
      if (body.startsWith("!")) body = "^" + body.slice(1);
      source += `[${body.replace(/\\/g, "\\\\")}]`;
      i = end;
    } else if (char === "{") {
      braces++;
      source += "(?:";
    } else if (char === "}" && braces > 0) {
      braces--;
      source += ")";
    } else if (char === "," && braces > 0) {
      source += "|";
    } else {
      source += char.replace(/[.+^$()|\\\]}]/g, "\\$&");
    }
  }
  if (braces > 0) throw new SyntaxError(`unclosed '{' in the pattern '${pattern}'`);
  return new RegExp(`^${source}$`);
}

// src/core/batch/discover.ts
var BATCH_EXTENSIONS = [".yaml", ".yml", ".json", ".md", ".markdown", ".txt", ".text"];
var SKIPPED_FOLDER = /^\.|^node_modules$/;
var SKIPPED_FILE = /^\.|^readme(\.[^.]*)?$/i;
function discoverFiles(paths, cwd) {
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  const report = (file, message, fix) => problems.push({ file, message, fix, severity: "error" });
  const add = (absolute) => {
    if (!found.has(absolute)) found.set(absolute, { path: absolute, display: displayPath(absolute, cwd) });
  };
  for (const argument of paths) {
    const absolute = resolve(cwd, argument);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const files3 = walk(absolute);
        if (files3.length === 0) report(argument, "the folder holds no scenario or question files", `put ${BATCH_EXTENSIONS.join(" ")} files in it`);
        files3.forEach(add);
      } else {
        add(absolute);
      }
      continue;
    }
    if (!isGlob(argument)) {
      report(argument, "no such file or folder", "check the path");
      continue;
    }
    const pattern = argument.split(sep).join("/");
    const { base, rest } = splitGlob(pattern);
    let matcher;
    try {
      matcher = globToRegExp(rest);
    } catch (error) {
      report(argument, error.message, "close the bracket or brace");
      continue;
    }
    const baseDir = resolve(cwd, base);
    const files2 = existsSync(baseDir) && statSync(baseDir).isDirectory() ? walk(baseDir).filter((file) => matcher.test(relative(baseDir, file).split(sep).join("/"))) : [];
    if (files2.length === 0) report(argument, "the pattern matches no scenario or question file", "quote the pattern so the shell does not expand it, and check it");
    files2.forEach(add);
  }
  const files = [...found.values()].sort((a, b) => compareText(a.display, b.display));
  return { files, problems };
}
function walk(dir) {
  const files = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDER.test(entry.name)) pending.push(path);
      } else if (entry.isFile() || entry.isSymbolicLink() && isFile(path)) {
        if (!SKIPPED_FILE.test(entry.name) && BATCH_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) files.push(path);
      }
    }
  }
  return files;
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function displayPath(absolute, cwd) {
  const relativePath = relative(cwd, absolute);
  const shown = relativePath === "" || relativePath.startsWith("..") || isAbsolute(relativePath) ? absolute : relativePath;
  return shown.split(sep).join("/");
}

// src/core/batch/progress.ts
var PROGRESS_AFTER_MS = 1e3;
var PROGRESS_EVERY_MS = 100;
function progressLine(done, total, file, width = 80) {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const barWidth = 20;
  const filled = Math.round(share * barWidth);
  const counts = `${String(done).padStart(String(total).length)}/${total}`;
  const head = `[${"\u2588".repeat(filled)}${"\u2591".repeat(barWidth - filled)}]  ${counts}  ${String(Math.floor(share * 100)).padStart(3)}%  `;
  const room = width - head.length - 1;
  const shown = room <= 1 ? "" : file.length <= room ? file : `\u2026${file.slice(file.length - room + 1)}`;
  return head + shown;
}

// src/core/batch/reports.ts
var import_yaml = __toESM(require_dist(), 1);
function batchJson(report) {
  return {
    kind: "batch",
    version: 1,
    exitCode: report.exitCode,
    totals: { ...report.totals, notRun: report.notRun },
    selection: { found: report.found, selected: report.selected },
    by: report.by,
    groups: report.groups,
    ...report.coverage ? { coverage: { ...report.coverage, ...report.minCoverage !== void 0 ? { minimum: report.minCoverage } : {}, below: report.coverageBelow } } : {},
    results: report.results.map(({ ms: _ms, ...result }) => result)
  };
}
function batchJunit(report, describe, by = report.by) {
  const groups = /* @__PURE__ */ new Map();
  for (const result of report.results) {
    const key = by === "area" ? result.area : folderOf(result.file);
    let group = groups.get(key);
    if (!group) groups.set(key, group = []);
    group.push(result);
  }
  const seconds = (results) => (results.reduce((total, r) => total + r.ms, 0) / 1e3).toFixed(3);
  const counts = (results) => `tests="${results.length}" failures="${results.filter((r) => r.status === "failed").length}" errors="${results.filter((r) => r.status === "invalid").length}" skipped="${results.filter((r) => r.status === "abstained").length}"`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="aws-scenario batch" ${counts(report.results)} time="${seconds(report.results)}">`];
  for (const group of report.groups.map((g) => g.group).filter((g) => groups.has(g))) {
    const results = groups.get(group);
    lines.push(`  <testsuite name="${xml(group)}" ${counts(results)} time="${seconds(results)}">`);
    for (const result of results) {
      const name = "name" in result && result.name ? `${result.file} (${result.name})` : result.file;
      const open = `    <testcase classname="${xml(group)}" name="${xml(name)}" file="${xml(result.file)}" time="${(result.ms / 1e3).toFixed(3)}"`;
      if (result.status === "passed") {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      const detail = describe(result);
      const message = headline(result);
      if (result.status === "failed") lines.push(`      <failure message="${xml(message)}" type="${result.kind === "question" ? "wrong-answer" : "expectation"}">${xml(detail)}</failure>`);
      else if (result.status === "invalid") lines.push(`      <error message="${xml(message)}" type="invalid-file">${xml(detail)}</error>`);
      else lines.push(`      <skipped message="${xml(message)}"/>`);
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return lines.join("\n") + "\n";
}
function headline(result) {
  switch (result.kind) {
    case "invalid": {
      const first = result.problems[0];
      const place = first?.line ? `:${first.line}:${first.column ?? 1}` : "";
      return first ? `${first.file}${place}: ${first.message}` : "invalid file";
    }
    case "scenario":
      return result.failures[0] ?? "passed";
    case "question":
      if (result.status === "abstained") return `abstained: ${result.abstainReason ?? "no reason given"}`;
      if (result.verdict === "wrong") {
        const expected = result.expected === "out-of-scope" ? "out-of-scope (abstain)" : (result.expected ?? []).join(", ");
        return `expected ${expected}, answered ${result.answer.length > 0 ? result.answer.join(", ") : "nothing"}`;
      }
      return "passed";
  }
}
function folderOf(file) {
  const slash = file.lastIndexOf("/");
  return slash === -1 ? "." : file.slice(0, slash);
}
function xml(text) {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function batchTap(report, describe) {
  const lines = ["TAP version 14", `1..${report.results.length}`];
  report.results.forEach((result, index) => {
    const number = index + 1;
    const description = `${result.file}${"name" in result && result.name ? ` - ${oneLine(result.name)}` : ""}`.replace(/#/g, "\\#");
    if (result.status === "passed") lines.push(`ok ${number} - ${description}`);
    else if (result.status === "abstained") lines.push(`ok ${number} - ${description} # SKIP ${oneLine(headline(result))}`);
    else {
      lines.push(`not ok ${number} - ${description}`);
      const block = (0, import_yaml.stringify)({ message: headline(result), severity: result.status === "invalid" ? "invalid" : "fail", detail: describe(result) }, { lineWidth: 0 });
      lines.push("  ---", ...block.trimEnd().split("\n").map((line) => `  ${line}`), "  ...");
    }
  });
  if (report.notRun > 0) lines.push(`Bail out! stopped after the first failure (--bail); ${report.notRun} file(s) not run`);
  return lines.join("\n") + "\n";
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/core/batch/summary.ts
function emptyCounts() {
  return {
    files: 0,
    passed: 0,
    failed: 0,
    invalid: 0,
    abstained: 0,
    questions: { questions: 0, right: 0, wrong: 0, abstained: 0, unchecked: 0, inScope: 0, inScopeRight: 0, answered: 0, answeredRight: 0, outOfScope: 0, outOfScopeAbstained: 0 }
  };
}
var BatchTally = class {
  constructor(by = "area") {
    this.by = by;
  }
  by;
  groups = /* @__PURE__ */ new Map();
  total = emptyCounts();
  add(result) {
    const key = this.groupOf(result);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, group = emptyCounts());
    count(group, result);
    count(this.total, result);
  }
  groupOf(result) {
    if (this.by === "area") return result.area;
    const slash = result.file.lastIndexOf("/");
    return slash === -1 ? "." : result.file.slice(0, slash);
  }
  /** Groups in name order; the catch-all rows ("(several areas)", "(out of scope)", "(no area)", "(invalid)") last. */
  summaries() {
    const rank = (group) => [SEVERAL_AREAS, OUT_OF_SCOPE, NO_AREA, INVALID_GROUP].indexOf(group) + 1;
    return [...this.groups].sort(([a], [b]) => rank(a) - rank(b) || compareText(a, b)).map(([group, counts]) => ({ group, ...counts, figures: examFigures(counts.questions) }));
  }
  totals() {
    return { ...this.total, questions: { ...this.total.questions }, figures: examFigures(this.total.questions) };
  }
};
function count(counts, result) {
  counts.files++;
  counts[result.status]++;
  if (result.kind !== "question") return;
  const q = counts.questions;
  q.questions++;
  if (result.verdict === "unchecked") q.unchecked++;
  else q[result.verdict]++;
  if (result.scope === "in") {
    q.inScope++;
    if (result.verdict === "right") q.inScopeRight++;
    if (result.verdict !== "abstained") q.answered++;
    if (result.verdict === "right") q.answeredRight++;
  } else if (result.scope === "out") {
    q.outOfScope++;
    if (result.verdict === "right") q.outOfScopeAbstained++;
    else q.answered++;
  }
}
function examFigures(q) {
  return {
    inScopeAccuracy: ratio(q.inScopeRight, q.inScope),
    precision: ratio(q.answeredRight, q.answered),
    outOfScopeAbstention: ratio(q.outOfScopeAbstained, q.outOfScope)
  };
}
function ratio(count2, of) {
  return of === 0 ? null : { count: count2, of, percent: Math.round(count2 / of * 1e3) / 10 };
}

// src/core/batch/coverage.ts
var CoverageTracker = class {
  rules = /* @__PURE__ */ new Set();
  sections = /* @__PURE__ */ new Set();
  add(touched) {
    if (!touched) return;
    for (const rule of touched.rules) this.rules.add(rule);
    for (const section of touched.sections) this.sections.add(section);
  }
  report(knowledge) {
    const rules = [...knowledge.areas.values()].flatMap(
      (area) => area.rules.map((rule) => ({
        area: area.area,
        rule: rule.name,
        section: rule.event.params.section,
        fired: this.rules.has(`${area.area}/${rule.name}`)
      }))
    );
    const cited = /* @__PURE__ */ new Set([...rules.map((r) => r.section), ...[...knowledge.answers.values()].map((a) => a.section)]);
    const noteOrder = [...knowledge.sections.keys()];
    const ordered = [...noteOrder.filter((title) => cited.has(title)), ...[...cited].filter((title) => !knowledge.sections.has(title)).sort()];
    const sections = ordered.map((section) => ({ section, exercised: this.sections.has(section) }));
    return {
      rules: { ratio: ratio(rules.filter((r) => r.fired).length, rules.length), items: rules },
      sections: { ratio: ratio(sections.filter((s) => s.exercised).length, sections.length), items: sections }
    };
  }
};
function belowThreshold(report, minimum) {
  return ["rules", "sections"].filter((kind) => (report[kind].ratio?.percent ?? 100) < minimum);
}

// src/core/batch/pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
async function runInWorkers(files, options) {
  const chunkSize = Math.max(1, Math.min(100, Math.ceil(files.length / (options.workers * 4))));
  const pending = /* @__PURE__ */ new Map();
  let nextChunk = 0;
  let nextToEmit = 0;
  let done = 0;
  const workers = [];
  try {
    await new Promise((resolve3, reject) => {
      let finished = false;
      const fail = (error) => {
        if (!finished) finished = true, reject(error);
      };
      const dispatch = (worker) => {
        if (nextChunk >= files.length) return false;
        const first = nextChunk;
        nextChunk = Math.min(files.length, nextChunk + chunkSize);
        worker.postMessage({ first, files: files.slice(first, nextChunk) });
        return true;
      };
      let busy = 0;
      for (let i = 0; i < options.workers; i++) {
        const worker = startWorker({ rulesDirs: options.rulesDirs, coverage: options.coverage, engine: options.engine });
        workers.push(worker);
        worker.on("error", (error) => fail(error));
        worker.on("exit", (code) => {
          if (code !== 0) fail(new Error(`a batch worker stopped with exit code ${code}`));
        });
        worker.on("message", (message) => {
          if (finished) return;
          if (message.type === "broken") return fail(new Error(message.message));
          if (message.type === "results") {
            busy--;
            message.results.forEach((result, offset) => {
              pending.set(message.first + offset, result);
              options.onProgress?.(++done, result.file);
            });
            for (let result = pending.get(nextToEmit); result !== void 0; result = pending.get(nextToEmit)) {
              pending.delete(nextToEmit);
              options.onResult(result, nextToEmit++);
            }
          }
          if (dispatch(worker)) busy++;
          else if (busy === 0 && nextToEmit === files.length) {
            finished = true;
            resolve3();
          }
        });
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
function compiledWorkerAvailable() {
  return existsSync2(fileURLToPath(new URL("./batch-worker.js", import.meta.url)));
}
function startWorker(setup) {
  const built = new URL("./batch-worker.js", import.meta.url);
  if (compiledWorkerAvailable()) return new Worker(built, { workerData: setup });
  const source = new URL("./batch-worker.ts", import.meta.url);
  const tsx = tsxHooksUrl();
  const bootstrap = `import(${JSON.stringify(tsx)})
    .then((tsx) => (tsx.register ?? tsx.default.register)())
    .then(() => import(${JSON.stringify(source.href)}));`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}
function tsxHooksUrl() {
  const resolveImport = import.meta.resolve;
  if (typeof resolveImport === "function") return resolveImport("tsx/esm/api");
  return pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
}

// src/core/batch/run.ts
async function runFiles(files, options) {
  const workers = options.bail ? 0 : options.workers ?? 0;
  if (workers >= 2 && files.length >= 2) {
    await runInWorkers(files, {
      rulesDirs: options.rulesDirs,
      coverage: options.coverage ?? false,
      engine: options.referenceEngine ? "reference" : "compiled",
      workers: Math.min(workers, files.length),
      onResult: options.onResult,
      onProgress: (done, file) => options.onProgress?.(done, files.length, file)
    });
    return { ran: files.length, stoppedEarly: false, workers: Math.min(workers, files.length) };
  }
  const evaluator = new FileEvaluator(options.knowledge, { coverage: options.coverage, engine: options.referenceEngine ? "reference" : "compiled" });
  for (const [index, file] of files.entries()) {
    const result = await evaluator.run(file);
    options.onResult(result, index);
    options.onProgress?.(index + 1, files.length, file.display);
    if (options.bail && (result.status === "failed" || result.status === "invalid"))
      return { ran: index + 1, stoppedEarly: index + 1 < files.length, workers: 0 };
  }
  return { ran: files.length, stoppedEarly: false, workers: 0 };
}
var BatchCollector = class {
  constructor(by = "area") {
    this.by = by;
    this.tally = new BatchTally(by);
  }
  by;
  results = [];
  tally;
  tracker = new CoverageTracker();
  add(result) {
    this.tracker.add(result.touched);
    const { touched: _touched, ...kept } = result;
    this.results.push(kept);
    this.tally.add(result);
  }
  report(knowledge, selection, options = {}) {
    const totals = this.tally.totals();
    const coverage = options.coverage || options.minCoverage !== void 0 ? this.tracker.report(knowledge) : void 0;
    const coverageBelow = coverage && options.minCoverage !== void 0 ? belowThreshold(coverage, options.minCoverage) : [];
    return {
      by: this.by,
      results: this.results,
      groups: this.tally.summaries(),
      totals,
      found: selection.found,
      selected: selection.selected,
      notRun: selection.selected - this.results.length,
      ...coverage ? { coverage } : {},
      ...options.minCoverage !== void 0 ? { minCoverage: options.minCoverage } : {},
      coverageBelow,
      exitCode: exitCode(totals, coverageBelow.length > 0)
    };
  }
};
function exitCode(totals, coverageTooLow) {
  if (totals.invalid > 0) return 2;
  if (totals.failed > 0 || coverageTooLow) return 1;
  return 0;
}

// src/core/batch/state.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
var STATE_FILE = ".aws-scenario-state.json";
function readState(cwd) {
  try {
    const data = JSON.parse(readFileSync(join2(cwd, STATE_FILE), "utf8"));
    if (typeof data !== "object" || data === null) return void 0;
    const failed = data.failed;
    if (!Array.isArray(failed) || !failed.every((f) => typeof f === "string")) return void 0;
    return { version: 1, failed };
  } catch {
    return void 0;
  }
}
function nextState(previous, results) {
  const ran = new Set(results.map((r) => r.file));
  const failed = new Set((previous?.failed ?? []).filter((file) => !ran.has(file)));
  for (const result of results) if (result.status === "failed" || result.status === "invalid") failed.add(result.file);
  return { version: 1, failed: [...failed].sort(compareText) };
}
function writeState(cwd, state) {
  try {
    writeFileSync(join2(cwd, STATE_FILE), JSON.stringify({ about: "aws-scenario batch: files that failed last time, for --only-failed", ...state }, null, 2) + "\n");
    return void 0;
  } catch (error) {
    return `could not write ${STATE_FILE}: ${error.message}`;
  }
}

// src/text/render-batch.ts
function renderBatch(report, knowledge, { style, verbose }) {
  const parts = [];
  const failed = report.results.filter((r) => r.status === "failed");
  const invalid = report.results.filter((r) => r.status === "invalid");
  for (const result of failed) parts.push(`${failureTitle(result, style)}
${indent(describeResult(result, knowledge, style), 4)}`);
  if (invalid.length > 0)
    parts.push(`${style.red(style.bold(`Invalid files (${invalid.length})`))}
${invalid.map((r) => indent(describeResult(r, knowledge, style), 2)).join("")}`);
  if (verbose) parts.push(report.results.map((r) => fileLine(r, style)).join("\n") + "\n");
  parts.push(summaryTable(report, style));
  if (report.totals.questions.questions > 0) parts.push(examBlock(report, style));
  if (report.coverage) parts.push(coverageBlock(report, style));
  parts.push(closingLine(report, style));
  return parts.join("\n");
}
function describeResult(result, knowledge, style) {
  switch (result.kind) {
    case "invalid":
      return result.problems.map((p) => formatProblem(p) + "\n").join("");
    case "scenario":
      return describeScenario(result, knowledge, style);
    case "question":
      return describeQuestion(result, knowledge, style);
  }
}
function describeScenario(result, knowledge, style) {
  if (result.status === "passed") return "every expectation holds\n";
  const lines = [];
  const expect = result.expect ?? {};
  const wanted = [
    expect.recommend?.length ? `recommend ${expect.recommend.join(", ")}` : "",
    expect.avoid?.length ? `avoid ${expect.avoid.join(", ")}` : "",
    expect.caveats?.length ? `caveats about ${expect.caveats.join(", ")}` : ""
  ].filter(Boolean);
  lines.push(`${style.bold("Expected:")} ${wanted.join("; ")}`);
  const concluded = result.recommended.map((r) => `${r.area} \u2192 ${r.answers.length > 0 ? r.answers.join(", ") : "nothing"}`);
  lines.push(`${style.bold("Concluded:")} ${concluded.length > 0 ? concluded.join("; ") : "no decision area reads these facts"}`);
  for (const failure of result.failures) lines.push(`  ${style.red("\u2718")} ${failure}`);
  if (result.evaluation) {
    lines.push("", renderEvaluation(result.evaluation, knowledge, { style }).trimEnd());
    const involved = /* @__PURE__ */ new Set([...expect.recommend ?? [], ...expect.avoid ?? [], ...expect.caveats ?? [], ...result.recommended.flatMap((r) => r.answers)]);
    const traced = result.evaluation.areas.flatMap((area) => area.trace.filter((rule) => rule.answer !== void 0 && involved.has(rule.answer)));
    if (traced.length > 0) {
      lines.push("", style.bold(`Trace of the rules about ${[...involved].sort().join(", ")}:`));
      for (const rule of traced) lines.push(...renderRuleTrace(rule, style).map((line) => line.replace(/^ {4}/, "  ")));
    }
  }
  return lines.join("\n") + "\n";
}
function describeQuestion(result, knowledge, style) {
  if (result.status === "abstained" || !result.outcome) return headline(result) + "\n";
  const lines = [`${headline(result)}

${renderQuestion(result.outcome, knowledge, style).trimEnd()}`];
  const letters = /* @__PURE__ */ new Set([...Array.isArray(result.expected) ? result.expected : [], ...result.answer]);
  const involved = new Set(result.outcome.options.filter((o) => letters.has(o.letter)).flatMap((o) => o.answers));
  const traced = (result.evaluation?.areas ?? []).flatMap((area) => area.trace.filter((rule) => rule.answer !== void 0 && involved.has(rule.answer)));
  if (traced.length > 0) {
    lines.push("", style.bold(`Trace of the rules about ${[...involved].sort().join(", ")}:`));
    for (const rule of traced) lines.push(...renderRuleTrace(rule, style).map((line) => line.replace(/^ {4}/, "  ")));
  }
  return lines.join("\n") + "\n";
}
function failureTitle(result, style) {
  const label = result.kind === "question" ? "WRONG" : "FAIL";
  const name = "name" in result && result.name ? style.dim(`  ${result.name}`) : "";
  return `${style.red(style.bold(`\u2718 ${label}`))} ${style.bold(result.file)}${name}`;
}
function fileLine(result, style) {
  const mark = {
    passed: style.green("\u2714 pass   "),
    failed: style.red("\u2718 fail   "),
    abstained: style.yellow("\xB7 abstain"),
    invalid: style.red("! invalid")
  }[result.status];
  const note = result.status === "passed" ? "name" in result ? result.name : "" : headline(result);
  return `${mark} ${result.file}${note ? style.dim(`  ${note}`) : ""}`;
}
function summaryTable(report, style) {
  const questions = report.totals.questions.questions > 0;
  const header = [report.by === "area" ? "Area" : "Folder", "files", "passed", "failed", "invalid"];
  if (questions) header.push("right", "wrong", "abstained", "accuracy", "precision", "oos-abstain");
  const row = (group, c) => {
    const cells = [group, c.files, c.passed, c.failed, c.invalid].map(String);
    if (questions) {
      const q = c.questions;
      cells.push(...[q.right, q.wrong, q.abstained].map(String), percent(c.figures.inScopeAccuracy), percent(c.figures.precision), percent(c.figures.outOfScopeAbstention));
    }
    return cells;
  };
  const rows = [header, ...report.groups.map((g) => row(g.group, g)), row("total", report.totals)];
  const widths = header.map((_, column) => Math.max(...rows.map((r) => r[column].length)));
  const format = (cells) => cells.map((cell, i) => i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])).join("  ");
  const lines = [style.bold(format(header)), ...rows.slice(1, -1).map(format), style.bold(format(rows.at(-1)))];
  return lines.join("\n") + "\n";
}
function percent(ratio2) {
  return ratio2 === null ? "\u2013" : `${ratio2.percent.toFixed(1)}%`;
}
function fraction(ratio2) {
  return ratio2 === null ? "\u2013  (none)" : `${percent(ratio2).padStart(6)}  (${ratio2.count}/${ratio2.of})`;
}
function examBlock(report, style) {
  const q = report.totals.questions;
  const f = report.totals.figures;
  const counts = [`${q.right} right`, `${q.wrong} wrong`, `${q.abstained} abstained`, ...q.unchecked > 0 ? [`${q.unchecked} without an answer key`] : []];
  return [
    `${style.bold(`Exam questions (${q.questions}):`)} ${counts.join(", ")}`,
    `  in-scope accuracy        ${fraction(f.inScopeAccuracy)}  ${style.dim("in-scope questions answered right")}`,
    `  precision                ${fraction(f.precision)}  ${style.dim("answered questions that are right")}`,
    `  out-of-scope abstention  ${fraction(f.outOfScopeAbstention)}  ${style.dim("out-of-scope questions abstained on")}`
  ].join("\n") + "\n";
}
function coverageBlock(report, style) {
  const coverage = report.coverage;
  const lines = [
    `${style.bold("Coverage:")} rules ${fraction(coverage.rules.ratio).trim()}, note sections ${fraction(coverage.sections.ratio).trim()}` + (report.minCoverage !== void 0 ? style.dim(`  (minimum ${report.minCoverage}%)`) : "")
  ];
  const byArea = /* @__PURE__ */ new Map();
  for (const item of coverage.rules.items) byArea.set(item.area, [...byArea.get(item.area) ?? [], item]);
  lines.push("", style.bold("Rules fired by some file:"));
  for (const [area, items] of byArea) {
    lines.push(`  ${area}  ${style.dim(`${items.filter((i) => i.fired).length}/${items.length}`)}`);
    for (const item of items) lines.push(`    ${item.fired ? style.green("\u2714") : style.red("\u2718")} ${item.rule}${item.fired ? "" : style.dim(`  never fired  [${item.section}]`)}`);
  }
  lines.push("", style.bold("Decision-bearing note sections exercised by some file:"));
  for (const item of coverage.sections.items) lines.push(`  ${item.exercised ? style.green("\u2714") : style.red("\u2718")} ${item.section}`);
  for (const kind of report.coverageBelow)
    lines.push(style.red(`${kind === "rules" ? "Rule" : "Section"} coverage ${percent(coverage[kind].ratio)} is below the minimum of ${report.minCoverage}%`));
  return lines.join("\n") + "\n";
}
function closingLine(report, style) {
  const t = report.totals;
  const counts = [
    style.green(`${t.passed} passed`),
    t.failed > 0 ? style.red(`${t.failed} failed`) : `${t.failed} failed`,
    t.invalid > 0 ? style.red(`${t.invalid} invalid`) : `${t.invalid} invalid`,
    ...t.abstained > 0 ? [style.yellow(`${t.abstained} abstained`)] : []
  ];
  const lines = [`${style.bold(`${t.files} file${t.files === 1 ? "" : "s"}:`)} ${counts.join(", ")}`];
  const unchecked = report.results.filter((r) => r.kind === "scenario" && !r.checked).length;
  if (unchecked > 0) lines.push(style.dim(`${unchecked} scenario file(s) have no expect block: evaluated, but nothing was checked`));
  if (report.selected < report.found) lines.push(style.dim(`${report.selected} of ${report.found} files found were selected (--filter / --only-failed)`));
  if (report.notRun > 0) lines.push(style.yellow(`Stopped at the first failure (--bail): ${report.notRun} selected file(s) not run`));
  if (report.exitCode === 2 && t.failed > 0) lines.push(style.dim("exit 2: invalid files take precedence over failures"));
  return lines.join("\n") + "\n";
}
function indent(text, spaces) {
  const pad = " ".repeat(spaces);
  return text.replace(/^(?=.)/gm, pad);
}

// src/commands/batch.ts
var BATCH_HELP = `Usage: aws-scenario batch <path\u2026> [options]

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
async function runBatch(args, io) {
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
      ...knowledgeOptions
    }
  });
  if (values.help) {
    io.out(BATCH_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UserError("batch needs at least one file, folder or glob; see `aws-scenario batch --help`");
  if (values.json && values.tap) throw new UserError("choose one of --json and --tap");
  const by = values.by ?? "area";
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
      coverage: values.coverage || minCoverage !== void 0,
      bail: values.bail,
      referenceEngine: values["reference-engine"],
      workers,
      onResult: (result) => collector.add(result),
      onProgress: progress.update
    });
  } finally {
    progress.clear();
  }
  const report = collector.report(knowledge, { found: discovery.files.length, selected: files.length }, { coverage: values.coverage, minCoverage });
  const stateProblem = writeState(io.cwd, nextState(readState(io.cwd), report.results));
  if (stateProblem) io.err(`aws-scenario: warning: ${stateProblem} (--only-failed will not know this run)
`);
  const describe = (result) => describeResult(result, knowledge, plainStyle);
  if (values.junit) {
    try {
      writeFileSync2(resolve2(io.cwd, values.junit), batchJunit(report, describe));
    } catch (error) {
      throw new UserError(`cannot write the JUnit report to ${values.junit}: ${error.message}`);
    }
  }
  if (values.json) io.out(JSON.stringify(batchJson(report), null, 2) + "\n");
  else if (values.tap) io.out(batchTap(report, describe));
  else io.out(renderBatch(report, knowledge, { style: styleFor({ isTTY: io.stdoutIsTTY }, io.env), verbose: values.verbose }));
  return report.exitCode;
}
function compileFilter(source) {
  if (source === void 0) return void 0;
  try {
    return new RegExp(source);
  } catch (error) {
    throw new UserError(`--filter is not a valid regular expression: ${error.message}`);
  }
}
function numberOption(name, text, min, max, integer = false) {
  if (text === void 0) return void 0;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < min || value > max || integer && !Number.isInteger(value))
    throw new UserError(`${name} takes ${integer ? "a whole number" : "a number"} from ${min} to ${max}, not '${text}'`);
  return value;
}
function selectFiles(found, filter, onlyFailed, io) {
  let files = filter ? found.filter((file) => filter.test(file.display)) : [...found];
  if (filter && files.length === 0) throw new UserError(`--filter ${filter.source} matches none of the ${found.length} files found`);
  if (onlyFailed) {
    const failed = new Set(readState(io.cwd)?.failed ?? []);
    const again = files.filter((file) => failed.has(file.display));
    if (again.length > 0) files = again;
    else io.err(`aws-scenario: no failures recorded in ${STATE_FILE} for these files; running all ${files.length}
`);
  }
  return files;
}
function progressDrawer(io, enabled) {
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update: (done, total, file) => {
      if (!enabled) return;
      const now = performance.now();
      if (now - started < PROGRESS_AFTER_MS || now - lastDraw < PROGRESS_EVERY_MS) return;
      lastDraw = now;
      drawn = true;
      const width = Number(io.env.COLUMNS) > 20 ? Number(io.env.COLUMNS) : 80;
      io.err(`\r\x1B[2K${progressLine(done, total, file, width)}`);
    },
    clear: () => {
      if (drawn) io.err("\r\x1B[2K");
    }
  };
}
export {
  BATCH_HELP,
  runBatch
};

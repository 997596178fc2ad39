// A batch run as plain text: each failure with what was expected, what was concluded and the trace
// behind it, invalid files with their places, then the summary table, the exam figures and coverage.
import type { BatchReport } from "../core/batch/run.js";
import type { FileResult, QuestionResult, ScenarioResult } from "../core/batch/results.js";
import { headline } from "../core/batch/reports.js";
import type { Ratio } from "../core/batch/summary.js";
import type { Knowledge } from "../core/load-knowledge.js";
import { formatProblem } from "../core/problems.js";
import { renderEvaluation, renderRuleTrace } from "./render-evaluation.js";
import { renderQuestion } from "./render-question.js";
import type { Style } from "./style.js";

export interface BatchRenderOptions {
  readonly style: Style;
  /** Also list every file with its outcome, one line each. */
  readonly verbose?: boolean;
}

export function renderBatch(report: BatchReport, knowledge: Knowledge, { style, verbose }: BatchRenderOptions): string {
  const parts: string[] = [];
  const failed = report.results.filter((r) => r.status === "failed");
  const invalid = report.results.filter((r) => r.status === "invalid");
  for (const result of failed) parts.push(`${failureTitle(result, style)}\n${indent(describeResult(result, knowledge, style), 4)}`);
  if (invalid.length > 0)
    parts.push(`${style.red(style.bold(`Invalid files (${invalid.length})`))}\n${invalid.map((r) => indent(describeResult(r, knowledge, style), 2)).join("")}`);
  if (verbose) parts.push(report.results.map((r) => fileLine(r, style)).join("\n") + "\n");
  parts.push(summaryTable(report, style));
  if (report.totals.questions.questions > 0) parts.push(examBlock(report, style));
  if (report.coverage) parts.push(coverageBlock(report, style));
  parts.push(closingLine(report, style));
  return parts.join("\n");
}

/** What went wrong with one file, in full (or why the tool abstained): for the terminal, JUnit and TAP. */
export function describeResult(result: FileResult, knowledge: Knowledge, style: Style): string {
  switch (result.kind) {
    case "invalid":
      return result.problems.map((p) => formatProblem(p) + "\n").join("");
    case "scenario":
      return describeScenario(result, knowledge, style);
    case "question":
      return describeQuestion(result, knowledge, style);
  }
}

function describeScenario(result: ScenarioResult, knowledge: Knowledge, style: Style): string {
  if (result.status === "passed") return "every expectation holds\n";
  const lines: string[] = [];
  const expect = result.expect ?? {};
  const wanted = [
    expect.recommend?.length ? `recommend ${expect.recommend.join(", ")}` : "",
    expect.avoid?.length ? `avoid ${expect.avoid.join(", ")}` : "",
    expect.caveats?.length ? `caveats about ${expect.caveats.join(", ")}` : "",
  ].filter(Boolean);
  lines.push(`${style.bold("Expected:")} ${wanted.join("; ")}`);
  const concluded = result.recommended.map((r) => `${r.area} → ${r.answers.length > 0 ? r.answers.join(", ") : "nothing"}`);
  lines.push(`${style.bold("Concluded:")} ${concluded.length > 0 ? concluded.join("; ") : "no decision area reads these facts"}`);
  for (const failure of result.failures) lines.push(`  ${style.red("✘")} ${failure}`);
  if (result.evaluation) {
    lines.push("", renderEvaluation(result.evaluation, knowledge, { style }).trimEnd());
    // The trace of the rules about the answers in question: why the expected one lost, why the winner won.
    const involved = new Set([...(expect.recommend ?? []), ...(expect.avoid ?? []), ...(expect.caveats ?? []), ...result.recommended.flatMap((r) => r.answers)]);
    const traced = result.evaluation.areas.flatMap((area) => area.trace.filter((rule) => rule.answer !== undefined && involved.has(rule.answer)));
    if (traced.length > 0) {
      lines.push("", style.bold(`Trace of the rules about ${[...involved].sort().join(", ")}:`));
      for (const rule of traced) lines.push(...renderRuleTrace(rule, style).map((line) => line.replace(/^ {4}/, "  ")));
    }
  }
  return lines.join("\n") + "\n";
}

function describeQuestion(result: QuestionResult, knowledge: Knowledge, style: Style): string {
  if (result.status === "abstained" || !result.outcome) return headline(result) + "\n";
  const lines = [`${headline(result)}\n\n${renderQuestion(result.outcome, knowledge, style).trimEnd()}`];
  // The trace of the rules about the options that were expected and chosen.
  const letters = new Set([...(Array.isArray(result.expected) ? result.expected : []), ...result.answer]);
  const involved = new Set(result.outcome.options.filter((o) => letters.has(o.letter)).flatMap((o) => o.answers));
  const traced = (result.evaluation?.areas ?? []).flatMap((area) => area.trace.filter((rule) => rule.answer !== undefined && involved.has(rule.answer)));
  if (traced.length > 0) {
    lines.push("", style.bold(`Trace of the rules about ${[...involved].sort().join(", ")}:`));
    for (const rule of traced) lines.push(...renderRuleTrace(rule, style).map((line) => line.replace(/^ {4}/, "  ")));
  }
  return lines.join("\n") + "\n";
}

function failureTitle(result: FileResult, style: Style): string {
  const label = result.kind === "question" ? "WRONG" : "FAIL";
  const name = "name" in result && result.name ? style.dim(`  ${result.name}`) : "";
  return `${style.red(style.bold(`✘ ${label}`))} ${style.bold(result.file)}${name}`;
}

function fileLine(result: FileResult, style: Style): string {
  const mark = {
    passed: style.green("✔ pass   "),
    failed: style.red("✘ fail   "),
    abstained: style.yellow("· abstain"),
    invalid: style.red("! invalid"),
  }[result.status];
  const note = result.status === "passed" ? ("name" in result ? result.name : "") : headline(result);
  return `${mark} ${result.file}${note ? style.dim(`  ${note}`) : ""}`;
}

// ---------- the summary ----------

function summaryTable(report: BatchReport, style: Style): string {
  const questions = report.totals.questions.questions > 0;
  const header = [report.by === "area" ? "Area" : "Folder", "files", "passed", "failed", "invalid"];
  if (questions) header.push("right", "wrong", "abstained", "accuracy", "precision", "oos-abstain");
  const row = (group: string, c: BatchReport["groups"][number] | BatchReport["totals"]) => {
    const cells = [group, c.files, c.passed, c.failed, c.invalid].map(String);
    if (questions) {
      const q = c.questions;
      cells.push(...[q.right, q.wrong, q.abstained].map(String), percent(c.figures.inScopeAccuracy), percent(c.figures.precision), percent(c.figures.outOfScopeAbstention));
    }
    return cells;
  };
  const rows = [header, ...report.groups.map((g) => row(g.group, g)), row("total", report.totals)];
  const widths = header.map((_, column) => Math.max(...rows.map((r) => r[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  const lines = [style.bold(format(header)), ...rows.slice(1, -1).map(format), style.bold(format(rows.at(-1)!))];
  return lines.join("\n") + "\n";
}

function percent(ratio: Ratio | null): string {
  return ratio === null ? "–" : `${ratio.percent.toFixed(1)}%`;
}

function fraction(ratio: Ratio | null): string {
  return ratio === null ? "–  (none)" : `${percent(ratio).padStart(6)}  (${ratio.count}/${ratio.of})`;
}

function examBlock(report: BatchReport, style: Style): string {
  const q = report.totals.questions;
  const f = report.totals.figures;
  const counts = [`${q.right} right`, `${q.wrong} wrong`, `${q.abstained} abstained`, ...(q.unchecked > 0 ? [`${q.unchecked} without an answer key`] : [])];
  return [
    `${style.bold(`Exam questions (${q.questions}):`)} ${counts.join(", ")}`,
    `  in-scope accuracy        ${fraction(f.inScopeAccuracy)}  ${style.dim("in-scope questions answered right")}`,
    `  precision                ${fraction(f.precision)}  ${style.dim("answered questions that are right")}`,
    `  out-of-scope abstention  ${fraction(f.outOfScopeAbstention)}  ${style.dim("out-of-scope questions abstained on")}`,
  ].join("\n") + "\n";
}

function coverageBlock(report: BatchReport, style: Style): string {
  const coverage = report.coverage!;
  const lines = [
    `${style.bold("Coverage:")} rules ${fraction(coverage.rules.ratio).trim()}, note sections ${fraction(coverage.sections.ratio).trim()}` +
      (report.minCoverage !== undefined ? style.dim(`  (minimum ${report.minCoverage}%)`) : ""),
  ];
  const byArea = new Map<string, typeof coverage.rules.items>();
  for (const item of coverage.rules.items) byArea.set(item.area, [...(byArea.get(item.area) ?? []), item]);
  lines.push("", style.bold("Rules fired by some file:"));
  for (const [area, items] of byArea) {
    lines.push(`  ${area}  ${style.dim(`${items.filter((i) => i.fired).length}/${items.length}`)}`);
    for (const item of items) lines.push(`    ${item.fired ? style.green("✔") : style.red("✘")} ${item.rule}${item.fired ? "" : style.dim(`  never fired  [${item.section}]`)}`);
  }
  lines.push("", style.bold("Decision-bearing note sections exercised by some file:"));
  for (const item of coverage.sections.items) lines.push(`  ${item.exercised ? style.green("✔") : style.red("✘")} ${item.section}`);
  for (const kind of report.coverageBelow)
    lines.push(style.red(`${kind === "rules" ? "Rule" : "Section"} coverage ${percent(coverage[kind].ratio)} is below the minimum of ${report.minCoverage}%`));
  return lines.join("\n") + "\n";
}

function closingLine(report: BatchReport, style: Style): string {
  const t = report.totals;
  const counts = [
    style.green(`${t.passed} passed`),
    t.failed > 0 ? style.red(`${t.failed} failed`) : `${t.failed} failed`,
    t.invalid > 0 ? style.red(`${t.invalid} invalid`) : `${t.invalid} invalid`,
    ...(t.abstained > 0 ? [style.yellow(`${t.abstained} abstained`)] : []),
  ];
  const lines = [`${style.bold(`${t.files} file${t.files === 1 ? "" : "s"}:`)} ${counts.join(", ")}`];
  const unchecked = report.results.filter((r) => r.kind === "scenario" && !r.checked).length;
  if (unchecked > 0) lines.push(style.dim(`${unchecked} scenario file(s) have no expect block: evaluated, but nothing was checked`));
  if (report.selected < report.found) lines.push(style.dim(`${report.selected} of ${report.found} files found were selected (--filter / --only-failed)`));
  if (report.notRun > 0) lines.push(style.yellow(`Stopped at the first failure (--bail): ${report.notRun} selected file(s) not run`));
  if (report.exitCode === 2 && t.failed > 0) lines.push(style.dim("exit 2: invalid files take precedence over failures"));
  return lines.join("\n") + "\n";
}

function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text.replace(/^(?=.)/gm, pad);
}

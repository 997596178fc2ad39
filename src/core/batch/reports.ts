// Machine-readable batch reports as pure functions of a BatchReport: one JSON document, JUnit XML for
// CI servers, and TAP 14. Plain-text failure details come from the caller (`describe`), so these
// builders stay free of any terminal concerns.
import { stringify } from "yaml";
import type { BatchReport } from "./run.js";
import type { FileResult } from "./results.js";

/** Plain text explaining a failed, invalid or abstained file (no colour codes). */
export type Describe = (result: FileResult) => string;

// ---------- JSON ----------

/** The --json document. Stable: no timings, every array in a fixed order. */
export function batchJson(report: BatchReport) {
  return {
    kind: "batch" as const,
    version: 1,
    exitCode: report.exitCode,
    totals: { ...report.totals, notRun: report.notRun },
    selection: { found: report.found, selected: report.selected },
    by: report.by,
    groups: report.groups,
    ...(report.coverage
      ? { coverage: { ...report.coverage, ...(report.minCoverage !== undefined ? { minimum: report.minCoverage } : {}), below: report.coverageBelow } }
      : {}),
    results: report.results.map(({ ms: _ms, ...result }) => result),
  };
}

// ---------- JUnit XML ----------

/**
 * One <testsuite> per group (area or folder), one <testcase> per file: a failed file has a <failure>,
 * an invalid one an <error>, an abstained question is <skipped>.
 */
export function batchJunit(report: BatchReport, describe: Describe, by = report.by): string {
  const groups = new Map<string, FileResult[]>();
  for (const result of report.results) {
    const key = by === "area" ? result.area : folderOf(result.file);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(result);
  }
  const seconds = (results: readonly FileResult[]) => (results.reduce((total, r) => total + r.ms, 0) / 1000).toFixed(3);
  const counts = (results: readonly FileResult[]) =>
    `tests="${results.length}" failures="${results.filter((r) => r.status === "failed").length}" errors="${results.filter((r) => r.status === "invalid").length}" skipped="${results.filter((r) => r.status === "abstained").length}"`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="aws-scenario batch" ${counts(report.results)} time="${seconds(report.results)}">`];
  for (const group of report.groups.map((g) => g.group).filter((g) => groups.has(g))) {
    const results = groups.get(group)!;
    lines.push(`  <testsuite name="${xml(group)}" ${counts(results)} time="${seconds(results)}">`);
    for (const result of results) {
      const name = "name" in result && result.name ? `${result.file} (${result.name})` : result.file;
      const open = `    <testcase classname="${xml(group)}" name="${xml(name)}" file="${xml(result.file)}" time="${(result.ms / 1000).toFixed(3)}"`;
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

/** One line saying what went wrong (or why the tool abstained). */
export function headline(result: FileResult): string {
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

function folderOf(file: string): string {
  const slash = file.lastIndexOf("/");
  return slash === -1 ? "." : file.slice(0, slash);
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot carry. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

// ---------- TAP ----------

/** TAP version 14: one test point per file; abstentions are SKIP; failures carry a YAML block. */
export function batchTap(report: BatchReport, describe: Describe): string {
  const lines = ["TAP version 14", `1..${report.results.length}`];
  report.results.forEach((result, index) => {
    const number = index + 1;
    const description = `${result.file}${"name" in result && result.name ? ` - ${oneLine(result.name)}` : ""}`.replace(/#/g, "\\#");
    if (result.status === "passed") lines.push(`ok ${number} - ${description}`);
    else if (result.status === "abstained") lines.push(`ok ${number} - ${description} # SKIP ${oneLine(headline(result))}`);
    else {
      lines.push(`not ok ${number} - ${description}`);
      const block = stringify({ message: headline(result), severity: result.status === "invalid" ? "invalid" : "fail", detail: describe(result) }, { lineWidth: 0 });
      lines.push("  ---", ...block.trimEnd().split("\n").map((line) => `  ${line}`), "  ...");
    }
  });
  if (report.notRun > 0) lines.push(`Bail out! stopped after the first failure (--bail); ${report.notRun} file(s) not run`);
  return lines.join("\n") + "\n";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverFiles, type BatchFile } from "../../../src/core/batch/discover.js";
import type { FileResult } from "../../../src/core/batch/results.js";
import { BatchCollector, runFiles } from "../../../src/core/batch/run.js";
import { loadKnowledge } from "../../../src/core/load-knowledge.js";
import { MINI_RULES } from "../../helpers.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "batch");
const RULES = [MINI_RULES, join(FIXTURES, "rules-cues")];
const { knowledge, problems } = loadKnowledge(RULES);
const files = discoverFiles([join(FIXTURES, "suite")], join(FIXTURES, "suite")).files;

async function run(selected: readonly BatchFile[], options: { workers?: number; bail?: boolean; coverage?: boolean } = {}) {
  const collector = new BatchCollector();
  const order: number[] = [];
  const outcome = await runFiles(selected, {
    knowledge,
    rulesDirs: RULES,
    workers: options.workers ?? 0,
    bail: options.bail,
    coverage: options.coverage,
    onResult: (result, index) => {
      order.push(index);
      collector.add(result);
    },
  });
  return { outcome, order, report: collector.report(knowledge, { found: files.length, selected: selected.length }, { coverage: options.coverage }) };
}

const byFile = (results: readonly FileResult[]) => Object.fromEntries(results.map((r) => [r.file, r.status]));

describe("runFiles on the fixture suite (mini rules)", () => {
  it("loads the fixture rules cleanly", () => {
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("judges every file and keeps going past failures and invalid files; the totals add up", async () => {
    const { report, order } = await run(files);
    expect(order).toEqual(files.map((_, i) => i));
    expect(byFile(report.results)).toEqual({
      "failing/pull-expects-topic.yaml": "failed",
      "invalid/broken-yaml.yaml": "invalid",
      "invalid/unknown-fact.yaml": "invalid",
      "passing/fan-out.json": "passed",
      "passing/nested/huge-fan-out.yaml": "passed",
      "passing/nested/no-expectations.yaml": "passed",
      "passing/nested/strict-order.yml": "passed",
      "passing/pull-consumers.yaml": "passed",
      "questions/nothing-recognised.txt": "abstained",
      "questions/outside-the-note.yaml": "passed",
      "questions/push-to-subscribers.md": "passed",
      "questions/push-wrong-key.md": "failed",
    });
    const t = report.totals;
    expect(t.passed + t.failed + t.invalid + t.abstained).toBe(t.files);
    expect(t.files).toBe(12);
    expect(report.groups.reduce((sum, g) => sum + g.files, 0)).toBe(12);
    expect(report.exitCode).toBe(2);
  });

  it("keeps the evidence of a failure: expected, concluded, the evaluation with its trace, and invalid places", async () => {
    const { report } = await run(files);
    const failed = report.results.find((r) => r.file === "failing/pull-expects-topic.yaml");
    expect(failed?.kind).toBe("scenario");
    if (failed?.kind !== "scenario") return;
    expect(failed.failures).toEqual(["expected topic (A topic) to be recommended, but the recommendation was queue (A queue)"]);
    expect(failed.recommended).toEqual([{ area: "messaging", answers: ["queue"] }]);
    expect(failed.evaluation?.areas[0]?.trace.find((t) => t.rule === "topic-is-not-pulled")?.status).toBe("fired");
    const invalid = report.results.find((r) => r.file === "invalid/unknown-fact.yaml");
    expect(invalid?.kind === "invalid" && invalid.problems[0]).toMatchObject({ line: 4, column: 15, message: "unknown fact 'strictOrdr'" });
    const passed = report.results.find((r) => r.file === "passing/fan-out.json");
    expect(passed && "evaluation" in passed).toBe(false); // passing files stay small
  });

  it("gives the same results, in the same order, with worker threads", async () => {
    const strip = (results: readonly FileResult[]) => results.map(({ ms: _ms, ...rest }) => rest);
    const one = await run(files, { coverage: true });
    const workers = await run(files, { workers: 2, coverage: true });
    expect(workers.outcome.workers).toBe(2);
    expect(workers.order).toEqual(files.map((_, i) => i));
    expect(strip(workers.report.results)).toEqual(strip(one.report.results));
    expect(workers.report.coverage).toEqual(one.report.coverage);
  }, 60_000);

  it("stops at the first failed or invalid file with bail, in file order", async () => {
    const { outcome, report } = await run(files, { bail: true, workers: 2 });
    expect(outcome).toEqual({ ran: 1, stoppedEarly: true, workers: 0 });
    expect(report.results.map((r) => r.file)).toEqual(["failing/pull-expects-topic.yaml"]);
    expect(report.notRun).toBe(files.length - 1);
  });
});

describe("coverage", () => {
  it("counts every rule fired by some file and every cited note section exercised", async () => {
    const { report } = await run(files, { coverage: true });
    expect(report.coverage?.rules.ratio).toEqual({ count: 8, of: 8, percent: 100 });
    expect(report.coverage?.sections.items).toEqual([
      { section: "Queues", exercised: true },
      { section: "Topics", exercised: true },
    ]);
  });

  it("shows what a single file leaves untested, with percentages", async () => {
    const { report } = await run(files.filter((f) => f.display.endsWith("strict-order.yml")), { coverage: true });
    const coverage = report.coverage!;
    expect(coverage.rules.ratio).toEqual({ count: 1, of: 8, percent: 12.5 });
    expect(coverage.rules.items.filter((r) => r.fired).map((r) => r.rule)).toEqual(["fifo-for-order"]);
    expect(coverage.sections.ratio).toEqual({ count: 1, of: 2, percent: 50 });
    expect(coverage.sections.items.find((s) => s.section === "Topics")?.exercised).toBe(false);
  });
});

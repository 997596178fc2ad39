import { describe, expect, it } from "vitest";
import type { FileResult, QuestionResult } from "../../../src/core/batch/results.js";
import { BatchTally } from "../../../src/core/batch/summary.js";
import { exitCode } from "../../../src/core/batch/run.js";
import { nextState } from "../../../src/core/batch/state.js";

function question(file: string, verdict: QuestionResult["verdict"], scope: QuestionResult["scope"], area = "messaging"): QuestionResult {
  const status = verdict === "wrong" ? "failed" : verdict === "abstained" ? "abstained" : "passed";
  return { kind: "question", file, status, area, ms: 1, name: file, verdict, scope, answer: verdict === "abstained" ? [] : ["A"] };
}

const scenario = (file: string, status: "passed" | "failed", area = "messaging"): FileResult => ({
  kind: "scenario", file, status, area, ms: 1, name: file, checked: true, recommended: [], failures: status === "failed" ? ["x"] : [],
});
const invalid = (file: string): FileResult => ({ kind: "invalid", file, status: "invalid", area: "(invalid)", ms: 1, problems: [] });

describe("BatchTally", () => {
  // 6 in scope: 3 right, 1 wrong, 2 abstained; 4 out of scope: 3 abstained (right), 1 answered (wrong).
  const results: FileResult[] = [
    question("exam/a/1.md", "right", "in"),
    question("exam/a/2.md", "right", "in"),
    question("exam/a/3.md", "right", "in", "kinesis"),
    question("exam/a/4.md", "wrong", "in"),
    question("exam/b/5.md", "abstained", "in"),
    question("exam/b/6.md", "abstained", "in"),
    question("exam/b/7.md", "right", "out", "(out of scope)"),
    question("exam/b/8.md", "right", "out", "(out of scope)"),
    question("exam/b/9.md", "right", "out", "(out of scope)"),
    question("exam/b/10.md", "wrong", "out", "(out of scope)"),
    question("exam/c/11.md", "unchecked", "unknown"),
    scenario("s/1.yaml", "passed"),
    scenario("s/2.yaml", "failed", "kinesis"),
    invalid("s/3.yaml"),
  ];
  const tally = new BatchTally("area");
  results.forEach((r) => tally.add(r));

  it("computes the three exam figures the way a question bank is scored", () => {
    const { figures, questions } = tally.totals();
    expect(figures.inScopeAccuracy).toEqual({ count: 3, of: 6, percent: 50 });
    // answered: 4 in scope (3 right + 1 wrong) + 1 out of scope answered = 5, of which 3 right
    expect(figures.precision).toEqual({ count: 3, of: 5, percent: 60 });
    expect(figures.outOfScopeAbstention).toEqual({ count: 3, of: 4, percent: 75 });
    expect(questions).toMatchObject({ questions: 11, right: 6, wrong: 2, abstained: 2, unchecked: 1 });
  });

  it("counts every file once in its group and once in the total", () => {
    const totals = tally.totals();
    expect(totals).toMatchObject({ files: 14, passed: 8, failed: 3, invalid: 1, abstained: 2 });
    const groups = tally.summaries();
    expect(groups.map((g) => g.group)).toEqual(["kinesis", "messaging", "(out of scope)", "(invalid)"]);
    for (const key of ["files", "passed", "failed", "invalid", "abstained"] as const)
      expect(groups.reduce((sum, g) => sum + g[key], 0)).toBe(totals[key]);
    expect(groups.find((g) => g.group === "(out of scope)")?.figures.inScopeAccuracy).toBeNull();
  });

  it("groups by folder when asked", () => {
    const byFolder = new BatchTally("folder");
    results.forEach((r) => byFolder.add(r));
    expect(byFolder.summaries().map((g) => [g.group, g.files])).toEqual([["exam/a", 4], ["exam/b", 6], ["exam/c", 1], ["s", 3]]);
  });
});

describe("exit codes", () => {
  const counts = (failed: number, invalid: number) => ({ ...new BatchTally().totals(), failed, invalid });
  it("is 0 when all pass, 1 for failures or low coverage, 2 for invalid files, which win over failures", () => {
    expect(exitCode(counts(0, 0), false)).toBe(0);
    expect(exitCode(counts(3, 0), false)).toBe(1);
    expect(exitCode(counts(0, 0), true)).toBe(1);
    expect(exitCode(counts(0, 1), false)).toBe(2);
    expect(exitCode(counts(5, 1), true)).toBe(2);
  });
});

describe("nextState (--only-failed)", () => {
  it("records failed and invalid files, forgets fixed ones, and keeps files that did not run", () => {
    const previous = { version: 1 as const, failed: ["a.yaml", "b.yaml", "other/c.yaml"] };
    const state = nextState(previous, [scenario("a.yaml", "passed"), scenario("b.yaml", "failed"), invalid("d.yaml"), question("e.md", "abstained", "in")]);
    expect(state.failed).toEqual(["b.yaml", "d.yaml", "other/c.yaml"]);
    expect(nextState(undefined, [scenario("a.yaml", "passed")]).failed).toEqual([]);
  });
});

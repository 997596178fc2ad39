// The practice set in scenarios/exam: every question file reads, and the reader's figures stay above
// their floors. The figures are printed so a change to rules or cues shows its effect.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { Evaluator } from "../src/core/evaluate.js";
import { readCheckInput } from "../src/core/inputs.js";
import { builtInRulesDir, loadKnowledge } from "../src/core/load-knowledge.js";
import { answerQuestion, type QuestionOutcome } from "../src/core/question/answer-question.js";

const ROOT = join(import.meta.dirname, "..");
const { knowledge } = loadKnowledge([builtInRulesDir()]);
const evaluator = new Evaluator(knowledge);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

export interface ExamFigures {
  inScope: number;
  right: number;
  wrong: number;
  abstained: number;
  outOfScope: number;
  outOfScopeAbstained: number;
}

function figures(outcomes: readonly QuestionOutcome[]): ExamFigures {
  const inScope = outcomes.filter((o) => o.expected !== "out-of-scope");
  const outOfScope = outcomes.filter((o) => o.expected === "out-of-scope");
  return {
    inScope: inScope.length,
    right: inScope.filter((o) => o.correct).length,
    wrong: inScope.filter((o) => !o.abstained && !o.correct).length,
    abstained: inScope.filter((o) => o.abstained).length,
    outOfScope: outOfScope.length,
    outOfScopeAbstained: outOfScope.filter((o) => o.abstained).length,
  };
}

describe("practice set (scenarios/exam)", () => {
  it("reads every question and keeps accuracy, precision and abstention above their floors", async () => {
    const outcomes: QuestionOutcome[] = [];
    for (const file of files(join(ROOT, "scenarios", "exam")).sort()) {
      const input = readCheckInput(file, readFileSync(file, "utf8"), knowledge);
      expect(input.ok && input.kind, relative(ROOT, file)).toBe("question");
      if (input.ok && input.kind === "question") outcomes.push(await answerQuestion(input.question, knowledge, evaluator));
    }
    const f = figures(outcomes);
    const accuracy = f.right / f.inScope;
    const precision = f.right / Math.max(1, f.right + f.wrong);
    const abstention = f.outOfScopeAbstained / f.outOfScope;
    console.log(
      `practice set: ${outcomes.length} questions; in-scope accuracy ${(100 * accuracy).toFixed(1)}% (${f.right}/${f.inScope}), ` +
        `precision ${(100 * precision).toFixed(1)}% (${f.right}/${f.right + f.wrong} answered), ` +
        `out-of-scope abstention ${(100 * abstention).toFixed(1)}% (${f.outOfScopeAbstained}/${f.outOfScope})`,
    );
    expect(outcomes.length).toBeGreaterThanOrEqual(200);
    expect(abstention).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(accuracy).toBeGreaterThanOrEqual(0.6);
  });
});

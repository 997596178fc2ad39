// One file in, one compact result out. Built once per run (or per worker) and reused for every file:
// the knowledge is loaded once, and each area's engine is built once by the shared Evaluator.
import { Evaluator, type EvaluateOptions, type Evaluation, type FactValues } from "../evaluate.js";
import { readCheckInput } from "../inputs.js";
import type { Knowledge } from "../load-knowledge.js";
import type { Problem } from "../problems.js";
import type { Question } from "../question/parse-question.js";
import type { answerQuestion as AnswerQuestion, QuestionOutcome } from "../question/answer-question.js";
import { checkExpectations, type Scenario } from "../scenario.js";
import { readTextFile } from "../source-file.js";
import { CompiledAreaEngine } from "../compiled-engine.js";
import type { BatchFile } from "./discover.js";
import { INVALID_GROUP, NO_AREA, OUT_OF_SCOPE, SEVERAL_AREAS, type FileResult, type QuestionResult, type ScenarioResult } from "./results.js";

export interface FileEvaluatorOptions {
  /** Record the rules each file fires and the note sections it exercises. */
  readonly coverage?: boolean;
  /**
   * "compiled" (default): the compiled engine, held to json-rules-engine's results by a differential test;
   * "reference": json-rules-engine itself.
   */
  readonly engine?: "compiled" | "reference";
}

/** An Evaluator that also notes what every evaluation fired, for coverage. */
class RecordingEvaluator extends Evaluator {
  recording: { rules: Set<string>; sections: Set<string> } | undefined;
  /** The first evaluation since the last reset: a question's, kept to explain a wrong answer. */
  first: Evaluation | undefined;
  private readonly ruleSections: ReadonlyMap<string, string>;

  constructor(knowledge: Knowledge, engine: FileEvaluatorOptions["engine"]) {
    super(knowledge, engine === "reference" ? undefined : (area) => new CompiledAreaEngine(area));
    this.ruleSections = new Map(
      [...knowledge.areas.values()].flatMap((area) => area.rules.map((rule) => [`${area.area}/${rule.name}`, rule.event.params.section] as const)),
    );
  }

  override async evaluate(facts: FactValues, areaIds?: readonly string[], options?: EvaluateOptions): Promise<Evaluation> {
    const evaluation = await super.evaluate(facts, areaIds, options);
    this.first ??= evaluation;
    const recording = this.recording;
    if (recording) {
      for (const area of evaluation.areas) {
        for (const rule of area.trace) {
          if (rule.status !== "fired") continue;
          const key = `${area.area}/${rule.rule}`;
          recording.rules.add(key);
          const section = this.ruleSections.get(key);
          if (section) recording.sections.add(section);
        }
        for (const id of area.chosen) {
          const section = this.knowledge.answers.get(id)?.section;
          if (section) recording.sections.add(section);
        }
      }
    }
    return evaluation;
  }
}

export class FileEvaluator {
  private readonly evaluator: RecordingEvaluator;
  private answerQuestion: typeof AnswerQuestion | undefined;
  private readonly areasOfAnswer = new Map<string, string[]>();

  constructor(
    readonly knowledge: Knowledge,
    private readonly options: FileEvaluatorOptions = {},
  ) {
    this.evaluator = new RecordingEvaluator(knowledge, options.engine);
    for (const area of knowledge.areas.values())
      for (const answer of area.answers) this.areasOfAnswer.set(answer, [...(this.areasOfAnswer.get(answer) ?? []), area.area]);
  }

  /** Never throws for a bad file: unreadable or invalid content becomes an "invalid" result. One file at a time. */
  async run(file: BatchFile): Promise<FileResult> {
    const started = performance.now();
    if (this.options.coverage) this.evaluator.recording = { rules: new Set(), sections: new Set() };
    this.evaluator.first = undefined;
    const result = await this.evaluateFile(file);
    const recording = this.evaluator.recording;
    this.evaluator.recording = undefined;
    const ms = Math.round((performance.now() - started) * 1000) / 1000;
    const touched = recording && result.kind !== "invalid" ? { touched: { rules: [...recording.rules].sort(), sections: [...recording.sections].sort() } } : {};
    return { ...result, ms, ...touched };
  }

  private async evaluateFile(file: BatchFile): Promise<FileResult> {
    const read = readTextFile(file.path);
    if (!read.ok) return invalid(file, read.problems.map((problem) => ({ ...problem, file: file.display })));
    const input = readCheckInput(file.display, read.text, this.knowledge);
    if (!input.ok) return invalid(file, input.problems);
    return input.kind === "scenario" ? this.scenario(file, input.scenario) : this.question(file, input.question);
  }

  private async scenario(file: BatchFile, scenario: Scenario): Promise<ScenarioResult> {
    const evaluation = await this.evaluator.evaluate(scenario.facts, scenario.areas.length > 0 ? scenario.areas : undefined);
    const expectation = scenario.expect ? checkExpectations(scenario.expect, evaluation, this.knowledge) : undefined;
    const failed = expectation !== undefined && !expectation.passed;
    return {
      kind: "scenario",
      file: file.display,
      status: failed ? "failed" : "passed",
      area: this.scenarioArea(scenario, evaluation),
      ms: 0,
      name: scenario.name,
      checked: expectation !== undefined,
      recommended: evaluation.areas.map((area) => ({ area: area.area, answers: area.chosen })),
      failures: expectation?.failures ?? [],
      ...(failed ? { evaluation, expect: scenario.expect } : {}),
    };
  }

  /** The declared area(s); else the evaluated areas that offer an expected answer; else every evaluated area. */
  private scenarioArea(scenario: Scenario, evaluation: Evaluation): string {
    if (scenario.areas.length > 0) return areaLabel(scenario.areas);
    const evaluated = evaluation.areas.map((area) => area.area);
    const expected = new Set([...(scenario.expect?.recommend ?? []), ...(scenario.expect?.avoid ?? []), ...(scenario.expect?.caveats ?? [])]);
    const offering = evaluation.areas.filter((area) => area.ranking.some((r) => expected.has(r.answer))).map((area) => area.area);
    return areaLabel(offering.length > 0 ? offering : evaluated);
  }

  /**
   * The area of the keyed answer: where the right option's answers live (narrowed to the areas the
   * question was read as, when that still leaves some). Without a key, the areas the question was read as.
   */
  private questionArea(question: Question, outcome: QuestionOutcome): string {
    if (question.expected === "out-of-scope") return OUT_OF_SCOPE;
    const keyed = question.expected ?? [];
    const answers = outcome.options.filter((option) => keyed.includes(option.letter)).flatMap((option) => option.answers);
    let areas = [...new Set(answers.flatMap((answer) => this.areasOfAnswer.get(answer) ?? []))];
    const read = areas.filter((area) => outcome.areas.includes(area));
    if (read.length > 0) areas = read;
    if (areas.length === 0) areas = [...outcome.areas];
    return areaLabel(areas);
  }

  private async question(file: BatchFile, question: Question): Promise<QuestionResult> {
    // The NLP model is loaded on the first question only: a run of scenario files never pays for it.
    this.answerQuestion ??= (await import("../question/answer-question.js")).answerQuestion;
    const outcome = await this.answerQuestion(question, this.knowledge, this.evaluator);
    const expected = question.expected;
    const scope = expected === undefined ? "unknown" : expected === "out-of-scope" ? "out" : "in";
    const verdict =
      expected === undefined ? (outcome.abstained ? "abstained" : "unchecked") : outcome.correct ? "right" : outcome.abstained && scope === "in" ? "abstained" : "wrong";
    const status = verdict === "wrong" ? "failed" : verdict === "abstained" ? "abstained" : "passed";
    return {
      kind: "question",
      file: file.display,
      status,
      area: this.questionArea(question, outcome),
      ms: 0,
      name: firstLine(question.stem),
      verdict,
      scope,
      answer: outcome.answer,
      ...(expected !== undefined ? { expected } : {}),
      ...(outcome.abstainReason ? { abstainReason: outcome.abstainReason } : {}),
      ...(verdict === "wrong" ? { outcome, ...(this.evaluator.first ? { evaluation: this.evaluator.first } : {}) } : {}),
    };
  }
}

function invalid(file: BatchFile, problems: readonly Problem[]): FileResult {
  return { kind: "invalid", file: file.display, status: "invalid", area: INVALID_GROUP, ms: 0, problems };
}

/** "a", "a + b", "a + b + c"; more than that is not one decision, so it gets a row of its own. */
function areaLabel(areas: readonly string[]): string {
  const unique = [...new Set(areas)].sort();
  if (unique.length === 0) return NO_AREA;
  return unique.length <= 3 ? unique.join(" + ") : SEVERAL_AREAS;
}

function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? "";
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

// What a batch keeps of each file: small, plain data (it crosses from worker threads by structured clone).
// Passing files keep a few fields; only failures keep the evaluation or the question outcome that explains them.
import type { Evaluation } from "../evaluate.js";
import type { Problem } from "../problems.js";
import type { QuestionOutcome } from "../question/answer-question.js";

/**
 * passed: expectations hold, or the question was answered right (or correctly abstained on).
 * failed: an expectation does not hold, or the question was answered wrong.
 * abstained: the tool declined to answer a question that has an answer in the note (honest, not a failure).
 * invalid: the file could not be read as a scenario or a question.
 */
export type FileStatus = "passed" | "failed" | "abstained" | "invalid";

/** Rules a file fired (`area/rule`) and note sections it exercised: collected only for --coverage. */
export interface Touched {
  readonly rules: readonly string[];
  readonly sections: readonly string[];
}

interface ResultBase {
  /** The path as shown to the user. */
  readonly file: string;
  readonly status: FileStatus;
  /** The decision area(s) the file is about, e.g. "elasticache-engine" or "kinesis + sqs-options". */
  readonly area: string;
  /** Milliseconds spent on the file (read, parse, evaluate). */
  readonly ms: number;
  readonly touched?: Touched;
}

export interface ScenarioResult extends ResultBase {
  readonly kind: "scenario";
  readonly status: "passed" | "failed";
  readonly name: string;
  /** False when the file has no `expect` block: it was evaluated, but there was nothing to check. */
  readonly checked: boolean;
  readonly recommended: ReadonlyArray<{ readonly area: string; readonly answers: readonly string[] }>;
  /** One sentence per unmet expectation. */
  readonly failures: readonly string[];
  /** Failed files only: the whole evaluation, with reasons and condition traces. */
  readonly evaluation?: Evaluation;
  /** Failed files only: the expect block. */
  readonly expect?: { readonly recommend?: readonly string[]; readonly avoid?: readonly string[]; readonly caveats?: readonly string[] };
}

/** right / wrong against the answer key; unchecked: answered, but the file gives no answer. */
export type QuestionVerdict = "right" | "wrong" | "abstained" | "unchecked";

export interface QuestionResult extends ResultBase {
  readonly kind: "question";
  readonly status: "passed" | "failed" | "abstained";
  readonly name: string;
  readonly verdict: QuestionVerdict;
  /** in: the key gives letters; out: the key says out-of-scope; unknown: no key. */
  readonly scope: "in" | "out" | "unknown";
  readonly answer: readonly string[];
  readonly expected?: readonly string[] | "out-of-scope";
  readonly abstainReason?: string;
  /** Wrong answers only: every option's verdict and reasons, and the facts read. */
  readonly outcome?: QuestionOutcome;
  /** Wrong answers only: the rules' evaluation of the facts read from the question, with its trace. */
  readonly evaluation?: Evaluation;
}

export interface InvalidResult extends ResultBase {
  readonly kind: "invalid";
  readonly status: "invalid";
  readonly problems: readonly Problem[];
}

export type FileResult = ScenarioResult | QuestionResult | InvalidResult;

export const NO_AREA = "(no area)";
export const SEVERAL_AREAS = "(several areas)";
export const OUT_OF_SCOPE = "(out of scope)";
export const INVALID_GROUP = "(invalid)";

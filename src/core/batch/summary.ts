// Counting results: per decision area (or per folder), with the exam figures for question files.
import { compareText } from "../compare.js";
import { INVALID_GROUP, NO_AREA, OUT_OF_SCOPE, SEVERAL_AREAS, type FileResult } from "./results.js";

export type GroupBy = "area" | "folder";

export interface QuestionCounts {
  readonly questions: number;
  /** Right against the key (an out-of-scope question abstained on is right). */
  readonly right: number;
  readonly wrong: number;
  /** Abstained on a question the note covers, or on one without a key. */
  readonly abstained: number;
  /** Answered, but the file gives no key. */
  readonly unchecked: number;
  readonly inScope: number;
  readonly inScopeRight: number;
  /** Keyed questions the tool answered (did not abstain on), in scope or not. */
  readonly answered: number;
  readonly answeredRight: number;
  readonly outOfScope: number;
  readonly outOfScopeAbstained: number;
}

export interface Counts {
  readonly files: number;
  readonly passed: number;
  readonly failed: number;
  readonly invalid: number;
  /** Question files abstained on (neither passed nor failed). */
  readonly abstained: number;
  readonly questions: QuestionCounts;
}

export interface Ratio {
  readonly count: number;
  readonly of: number;
  /** 0…100, one decimal. */
  readonly percent: number;
}

/** The three figures of a question bank; null when there is nothing to divide by. */
export interface ExamFigures {
  /** Keyed in-scope questions answered right. */
  readonly inScopeAccuracy: Ratio | null;
  /** Of the keyed questions it answered (did not abstain on), the share that is right. */
  readonly precision: Ratio | null;
  /** Out-of-scope questions it abstained on. */
  readonly outOfScopeAbstention: Ratio | null;
}

export interface GroupSummary extends Counts {
  readonly group: string;
  readonly figures: ExamFigures;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

function emptyCounts(): Mutable<Counts> {
  return {
    files: 0,
    passed: 0,
    failed: 0,
    invalid: 0,
    abstained: 0,
    questions: { questions: 0, right: 0, wrong: 0, abstained: 0, unchecked: 0, inScope: 0, inScopeRight: 0, answered: 0, answeredRight: 0, outOfScope: 0, outOfScopeAbstained: 0 },
  };
}

export class BatchTally {
  private readonly groups = new Map<string, Mutable<Counts>>();
  private readonly total = emptyCounts();

  constructor(private readonly by: GroupBy = "area") {}

  add(result: FileResult): void {
    const key = this.groupOf(result);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = emptyCounts()));
    count(group, result);
    count(this.total, result);
  }

  groupOf(result: FileResult): string {
    if (this.by === "area") return result.area;
    const slash = result.file.lastIndexOf("/");
    return slash === -1 ? "." : result.file.slice(0, slash);
  }

  /** Groups in name order; the catch-all rows ("(several areas)", "(out of scope)", "(no area)", "(invalid)") last. */
  summaries(): GroupSummary[] {
    const rank = (group: string) => [SEVERAL_AREAS, OUT_OF_SCOPE, NO_AREA, INVALID_GROUP].indexOf(group) + 1;
    return [...this.groups]
      .sort(([a], [b]) => rank(a) - rank(b) || compareText(a, b))
      .map(([group, counts]) => ({ group, ...counts, figures: examFigures(counts.questions) }));
  }

  totals(): Counts & { readonly figures: ExamFigures } {
    return { ...this.total, questions: { ...this.total.questions }, figures: examFigures(this.total.questions) };
  }
}

function count(counts: Mutable<Counts>, result: FileResult): void {
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

export function examFigures(q: QuestionCounts): ExamFigures {
  return {
    inScopeAccuracy: ratio(q.inScopeRight, q.inScope),
    precision: ratio(q.answeredRight, q.answered),
    outOfScopeAbstention: ratio(q.outOfScopeAbstained, q.outOfScope),
  };
}

export function ratio(count: number, of: number): Ratio | null {
  return of === 0 ? null : { count, of, percent: Math.round((count / of) * 1000) / 10 };
}

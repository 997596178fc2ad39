// "What would change it": re-evaluates an area with one fact changed at a time, to find the smallest
// change of one given answer that flips the recommendation, and what each answer to an open question
// would lead to. Pure apart from the engines; no terminal, no files.
import type { AreaVerdict, Evaluator, FactValue, FactValues } from "./evaluate.js";
import { leafConditions, type FactDefinition, type LeafCondition, type RuleEvent } from "./knowledge-schema.js";
import type { Area } from "./load-knowledge.js";

const COMPARISONS = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);

/** One rule of an area that reads a given fact. */
export interface RuleReading {
  readonly rule: string;
  readonly event: RuleEvent["type"];
  readonly answer?: string;
  /** Undefined for caveats. */
  readonly weight?: number;
  readonly reason: string;
  readonly section: string;
  /** The rule's conditions on this fact. */
  readonly conditions: readonly LeafCondition[];
  /** Other facts the rule also reads. */
  readonly otherFacts: readonly string[];
}

/** The rules of `area` whose conditions read `fact`, in file order. */
export function rulesReading(area: Area, fact: string): RuleReading[] {
  const readings: RuleReading[] = [];
  for (const rule of area.rules) {
    const leaves = leafConditions(rule.conditions);
    const onFact = leaves.filter((leaf) => leaf.fact === fact || referencedFact(leaf) === fact);
    if (onFact.length === 0) continue;
    const params = rule.event.params;
    readings.push({
      rule: rule.name,
      event: rule.event.type,
      answer: params.answer,
      weight: "weight" in params ? params.weight : undefined,
      reason: params.reason,
      section: params.section,
      conditions: onFact,
      otherFacts: [...new Set(leaves.map((leaf) => leaf.fact).filter((name) => name !== fact))],
    });
  }
  return readings;
}

function referencedFact(leaf: LeafCondition): string | undefined {
  const value = leaf.value;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value.fact : undefined;
}

/** The numbers `fact` is compared with (or equal to) in the area's rules, ascending. */
export function numberThresholds(area: Area, fact: string): number[] {
  const values = new Set<number>();
  for (const reading of rulesReading(area, fact)) {
    for (const condition of reading.conditions) {
      if (condition.fact !== fact) continue;
      const listed = Array.isArray(condition.value) ? condition.value : [condition.value];
      if (!COMPARISONS.has(condition.operator) && !["equal", "notEqual", "in", "notIn"].includes(condition.operator)) continue;
      for (const value of listed) if (typeof value === "number") values.add(value);
    }
  }
  return [...values].sort((a, b) => a - b);
}

/** Just below, at and just above each threshold, kept within the fact's min and max. */
export function numberCandidates(definition: FactDefinition & { type: "number" }, thresholds: readonly number[]): number[] {
  const candidates = new Set<number>();
  for (const threshold of thresholds) {
    const step = Number.isInteger(threshold) ? 1 : Math.max(Math.abs(threshold) / 100, 0.01);
    for (const value of [threshold - step, threshold, threshold + step]) {
      const rounded = Number(value.toPrecision(12));
      if (definition.min !== undefined && rounded < definition.min) continue;
      if (definition.max !== undefined && rounded > definition.max) continue;
      candidates.add(rounded);
    }
  }
  return [...candidates].sort((a, b) => a - b);
}

/** Values of the enum-list fact that the area's rules look for (contains / doesNotContain). */
function listValuesRead(area: Area, fact: string): string[] {
  const values = new Set<string>();
  for (const reading of rulesReading(area, fact))
    for (const condition of reading.conditions) {
      const listed = Array.isArray(condition.value) ? condition.value : [condition.value];
      for (const value of listed) if (typeof value === "string") values.add(value);
    }
  return [...values];
}

/**
 * The other values worth trying for a given answer: the opposite boolean, every other enum value, one
 * list item added or removed, and for numbers the values around the thresholds the area's rules use.
 */
export function alternativeValues(definition: FactDefinition, current: FactValue, area: Area): FactValue[] {
  switch (definition.type) {
    case "boolean":
      return [current !== true];
    case "enum":
      return definition.values.filter((value) => value !== current);
    case "enum-list": {
      const list = Array.isArray(current) ? (current as readonly string[]) : [];
      return listValuesRead(area, definition.name)
        .filter((value) => definition.values.includes(value))
        .map((value) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]));
    }
    case "number":
      return numberCandidates(definition, numberThresholds(area, definition.name)).filter((value) => value !== current);
  }
}

export interface WhatIfChange {
  readonly fact: string;
  readonly from: FactValue;
  readonly to: FactValue;
  /** What would be recommended after the change. */
  readonly chosen: readonly string[];
  /** 1 for a flipped boolean, another enum value or one list item; more for a number the further it moves. */
  readonly size: number;
}

function changeSize(from: FactValue, to: FactValue): number {
  if (typeof from === "number" && typeof to === "number") return 1 + Math.abs(to - from) / Math.max(Math.abs(from), 1);
  return 1;
}

function sameAnswers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

async function verdictFor(evaluator: Evaluator, area: string, facts: FactValues): Promise<AreaVerdict | undefined> {
  return (await evaluator.evaluate(facts, [area])).areas[0];
}

/**
 * For each given fact the area reads, the smallest change of that one fact that changes the chosen
 * answer(s); smallest changes first, then in the order the facts were given. Evaluations run one at a time.
 */
export async function whatWouldChangeIt(evaluator: Evaluator, areaId: string, facts: FactValues): Promise<WhatIfChange[]> {
  const area = evaluator.knowledge.areas.get(areaId);
  if (!area) return [];
  const current = await verdictFor(evaluator, areaId, facts);
  if (!current) return [];
  const changes: WhatIfChange[] = [];
  const order = Object.keys(facts);
  for (const name of order) {
    const definition = evaluator.knowledge.facts.get(name);
    if (!definition || rulesReading(area, name).length === 0) continue;
    const from = facts[name]!;
    const tried = alternativeValues(definition, from, area).sort((a, b) => changeSize(from, a) - changeSize(from, b));
    for (const to of tried) {
      const verdict = await verdictFor(evaluator, areaId, { ...facts, [name]: to });
      if (verdict && !sameAnswers(verdict.chosen, current.chosen)) {
        changes.push({ fact: name, from, to, chosen: verdict.chosen, size: changeSize(from, to) });
        break;
      }
    }
  }
  return changes.sort((a, b) => a.size - b.size || order.indexOf(a.fact) - order.indexOf(b.fact));
}

/** One possible answer to an open question and where it would lead, the other open facts still unknown. */
export interface AnswerOutcome {
  /** The answer (for numbers: a representative value of the range). */
  readonly value: FactValue;
  /** For numbers: the range of answers that all lead here (bounds inclusive; missing = unbounded). */
  readonly range?: { readonly min?: number; readonly max?: number };
  readonly chosen: readonly string[];
  /** True when this answer alone settles the area. */
  readonly settled: boolean;
}

/**
 * What each answer to `fact` would lead to: every boolean or enum value, each single list item (and none),
 * and for numbers the ranges between the thresholds the rules use, merged where the outcome is the same.
 */
export async function answerOutcomes(evaluator: Evaluator, areaId: string, facts: FactValues, fact: string): Promise<AnswerOutcome[]> {
  const area = evaluator.knowledge.areas.get(areaId);
  const definition = evaluator.knowledge.facts.get(fact);
  if (!area || !definition) return [];
  const values: FactValue[] =
    definition.type === "boolean"
      ? [true, false]
      : definition.type === "enum"
        ? definition.values
        : definition.type === "enum-list"
          ? [...definition.values.map((value) => [value]), []]
          : numberCandidates(definition, numberThresholds(area, fact));
  const outcomes: AnswerOutcome[] = [];
  for (const value of values) {
    const verdict = await verdictFor(evaluator, areaId, { ...facts, [fact]: value });
    if (verdict) outcomes.push({ value, chosen: verdict.chosen, settled: verdict.settled });
  }
  return definition.type === "number" ? mergeRanges(outcomes, definition) : outcomes;
}

function mergeRanges(outcomes: readonly AnswerOutcome[], definition: FactDefinition & { type: "number" }): AnswerOutcome[] {
  const merged: AnswerOutcome[] = [];
  outcomes.forEach((outcome, index) => {
    const value = outcome.value as number;
    const last = merged.at(-1);
    if (last && sameAnswers(last.chosen, outcome.chosen) && last.settled === outcome.settled)
      merged[merged.length - 1] = { ...last, range: { ...last.range, max: value } };
    else merged.push({ ...outcome, range: { min: index === 0 ? definition.min : value, max: value } });
  });
  // Between the values tried the outcome cannot change, so the last range runs on to the fact's maximum.
  const last = merged.at(-1);
  if (last) merged[merged.length - 1] = { ...last, range: { ...last.range, max: definition.max } };
  return merged;
}

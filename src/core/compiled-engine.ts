// A fast path for large batches: an area's rules evaluated by plain functions instead of json-rules-engine,
// producing the same result shape (every condition node with its `result`, leaves with `factResult`), so
// the Evaluator explains both alike. json-rules-engine stays the reference: the differential test
// (tests/core/batch/compiled-engine.test.ts) requires identical evaluations on every built-in scenario and
// on thousands of random fact sets, and `batch --reference-engine` runs the reference instead.
//
// What it mirrors of json-rules-engine 7, as this project configures it: every condition has priority 1,
// so every node of a rule is evaluated (no short-circuit); a fact nobody gave reads as undefined
// (allowUndefinedFacts); a value {fact: name} reads that fact; the operators are the default ones with
// their fact-value validators (arrays for contains, numbers for the comparisons). Rules carry no `path`
// or `params` (the schema refuses them), so no path resolver is needed.
import type { EngineResult } from "json-rules-engine";
import type { FactValues, RuleEngine } from "./evaluate.js";
import type { Condition, LeafCondition, RuleDefinition } from "./knowledge-schema.js";
import type { Area } from "./load-knowledge.js";

type Operator = (factValue: unknown, value: unknown) => boolean;

const isNumberLike = (value: unknown) => Number.parseFloat(value as string).toString() !== "NaN";
// The operators compare with JavaScript's own operators and indexOf, exactly as json-rules-engine does.
const OPERATORS: Record<LeafCondition["operator"], Operator> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as any).indexOf(a) > -1,
  notIn: (a, b) => (b as any).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumberLike(a) && (a as any) < (b as any),
  lessThanInclusive: (a, b) => isNumberLike(a) && (a as any) <= (b as any),
  greaterThan: (a, b) => isNumberLike(a) && (a as any) > (b as any),
  greaterThanInclusive: (a, b) => isNumberLike(a) && (a as any) >= (b as any),
};

/** A condition node as json-rules-engine leaves it after a run. */
type EvaluatedNode =
  | { all: EvaluatedNode[]; priority: 1; result: boolean }
  | { any: EvaluatedNode[]; priority: 1; result: boolean }
  | { not: EvaluatedNode; priority: 1; result: boolean }
  | { fact: string; operator: string; value: unknown; factResult: unknown; valueResult: unknown; result: boolean };

export class CompiledAreaEngine implements RuleEngine {
  private readonly rules: readonly RuleDefinition[];

  constructor(area: Area) {
    this.rules = area.rules;
  }

  run(facts: FactValues): EngineResult {
    type RuleOutcome = { name: string; priority: number; event: RuleDefinition["event"]; conditions: EvaluatedNode; result: boolean };
    const results: RuleOutcome[] = [];
    const failureResults: RuleOutcome[] = [];
    for (const rule of this.rules) {
      const conditions = evaluate(rule.conditions as Condition, facts);
      const ruleResult = { name: rule.name, priority: rule.priority ?? 1, event: rule.event, conditions, result: conditions.result };
      (conditions.result ? results : failureResults).push(ruleResult);
    }
    return { results, failureResults, events: results.map((r) => r.event), failureEvents: failureResults.map((r) => r.event) } as unknown as EngineResult;
  }
}

function read(facts: FactValues, name: string): unknown {
  return Object.hasOwn(facts, name) ? facts[name] : undefined;
}

function evaluate(node: Condition, facts: FactValues): EvaluatedNode {
  if ("all" in node) {
    const all = node.all.map((child) => evaluate(child, facts));
    return { all, priority: 1, result: all.every((child) => child.result) };
  }
  if ("any" in node) {
    const any = node.any.map((child) => evaluate(child, facts));
    return { any, priority: 1, result: any.some((child) => child.result) };
  }
  if ("not" in node) {
    const not = evaluate(node.not, facts);
    return { not, priority: 1, result: !not.result };
  }
  const factResult = read(facts, node.fact);
  const value = node.value;
  const valueResult = typeof value === "object" && value !== null && !Array.isArray(value) ? read(facts, (value as { fact: string }).fact) : value;
  return { fact: node.fact, operator: node.operator, value, factResult, valueResult, result: OPERATORS[node.operator](factResult, valueResult) };
}

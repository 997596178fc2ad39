// Facts in, verdicts out: runs the engines of the areas a scenario concerns and explains the result.
// Pure apart from the engines themselves; no terminal, no files.
import type { EngineResult, RuleResult } from "json-rules-engine";
import { AreaEngine } from "./area-engine.js";
import { compareText } from "./compare.js";
import type { Area, Knowledge } from "./load-knowledge.js";
import type { RuleEvent } from "./knowledge-schema.js";

export type FactValue = boolean | number | string | readonly string[];
export type FactValues = Readonly<Record<string, FactValue>>;

export interface Reason {
  readonly rule: string;
  readonly kind: RuleEvent["type"];
  readonly answer?: string;
  readonly text: string;
  readonly section: string;
  readonly weight: number;
  /** For caveats on outdated note facts: what AWS does today. */
  readonly today?: string;
}

export interface RankedAnswer {
  readonly answer: string;
  readonly name: string;
  readonly score: number;
  readonly reasonsFor: readonly Reason[];
  readonly reasonsAgainst: readonly Reason[];
}

/** Three-valued: a condition on a fact nobody has given yet is "unknown", not false. */
export type Truth = true | false | "unknown";

export type ConditionTrace =
  | { readonly fact: string; readonly operator: string; readonly value: unknown; readonly seen: unknown; readonly holds: Truth }
  | { readonly all: readonly ConditionTrace[]; readonly holds: Truth }
  | { readonly any: readonly ConditionTrace[]; readonly holds: Truth }
  | { readonly not: ConditionTrace; readonly holds: Truth };

export interface RuleTrace {
  readonly rule: string;
  readonly event: RuleEvent["type"];
  readonly answer?: string;
  /** fired: all conditions held; failed: some condition is false; open: depends on unknown facts. */
  readonly status: "fired" | "failed" | "open";
  readonly conditions: ConditionTrace;
}

export interface AreaVerdict {
  readonly area: string;
  readonly title: string;
  readonly choose: "one" | "many";
  /** The recommended answer ids: the best one (ties kept) or, for "many" areas, every positive one. */
  readonly chosen: readonly string[];
  /** Every answer of the area, best first. */
  readonly ranking: readonly RankedAnswer[];
  /** The answers that were not chosen, each with the reasons against it (possibly none). */
  readonly rejected: readonly RankedAnswer[];
  readonly caveats: readonly Reason[];
  readonly trace: readonly RuleTrace[];
  /** Unknown facts whose answer could still change `chosen`, most influential first. */
  readonly openFacts: readonly string[];
  /** True when no answer to the open facts can change `chosen`. */
  readonly settled: boolean;
}

export interface EvaluateOptions {
  /**
   * "unknown" (default): a fact nobody gave is unknown and keeps rules that read it open (the wizard asks).
   * "absent": a fact nobody gave is simply not the case, as in an exam question that does not mention it.
   */
  readonly missingFacts?: "unknown" | "absent";
}

export interface Evaluation {
  readonly areas: readonly AreaVerdict[];
}

/** Runs one area's rules on a set of facts, with json-rules-engine's result shape. */
export interface RuleEngine {
  run(facts: FactValues): Promise<EngineResult> | EngineResult;
}

export class Evaluator {
  private readonly engines = new Map<string, RuleEngine>();

  /**
   * `makeEngine` defaults to json-rules-engine (AreaEngine), the reference; batch may pass a compiled
   * engine that a differential test holds to identical results.
   */
  constructor(
    readonly knowledge: Knowledge,
    private readonly makeEngine: (area: Area) => RuleEngine = (area) => new AreaEngine(area),
  ) {}

  /** Areas whose rules read any of the given facts, in id order. */
  areasFor(facts: FactValues): string[] {
    const areas = new Set<string>();
    for (const name of Object.keys(facts)) {
      for (const area of this.knowledge.facts.get(name)?.areas ?? []) if (this.knowledge.areas.has(area)) areas.add(area);
    }
    return [...areas].sort();
  }

  async evaluate(
    facts: FactValues,
    areaIds: readonly string[] = this.areasFor(facts),
    options: EvaluateOptions = {},
  ): Promise<Evaluation> {
    const verdicts: AreaVerdict[] = [];
    // One area at a time: overlapping runs of json-rules-engine only slows them down.
    for (const id of [...new Set(areaIds)].sort()) {
      const area = this.knowledge.areas.get(id);
      if (!area) continue;
      const engine = this.engineFor(area);
      const result = await engine.run(facts);
      verdicts.push(this.verdict(area, result, facts, options.missingFacts === "absent"));
    }
    return { areas: verdicts };
  }

  private engineFor(area: Area): RuleEngine {
    let engine = this.engines.get(area.area);
    if (!engine) {
      engine = this.makeEngine(area);
      this.engines.set(area.area, engine);
    }
    return engine;
  }

  private verdict(area: Area, result: EngineResult, facts: FactValues, missingIsAbsent: boolean): AreaVerdict {
    const definitions = new Map(area.rules.map((rule) => [rule.name, rule]));
    const trace = [...result.results, ...result.failureResults]
      .map((ruleResult) => traceRule(ruleResult, definitions.get(ruleResult.name)!.event, facts, missingIsAbsent))
      .sort((a, b) => compareText(a.rule, b.rule));

    const fired = trace.filter((t) => t.status === "fired").map((t) => toReason(definitions.get(t.rule)!.event, t.rule));
    // Ties are broken by rule name, never by position, so the order of rules in a file changes nothing.
    const byWeight = (a: Reason, b: Reason) => b.weight - a.weight || compareText(a.rule, b.rule);
    const ranking = area.answers
      .map((id): RankedAnswer => {
        const reasonsFor = fired.filter((r) => r.kind === "recommend" && r.answer === id).sort(byWeight);
        const reasonsAgainst = fired.filter((r) => r.kind === "avoid" && r.answer === id).sort(byWeight);
        const score = sum(reasonsFor) - sum(reasonsAgainst);
        return { answer: id, name: this.knowledge.answers.get(id)?.name ?? id, score, reasonsFor, reasonsAgainst };
      })
      .sort((a, b) => b.score - a.score || compareText(a.answer, b.answer));

    const chosen = chooseAnswers(area.choose, ranking);
    const open = trace.filter((t) => t.status === "open" && t.event !== "caveat");
    const settled = isSettled(area.choose, ranking, chosen, open, definitions);
    return {
      area: area.area,
      title: area.title,
      choose: area.choose,
      chosen,
      ranking,
      rejected: ranking.filter((r) => !chosen.includes(r.answer)),
      caveats: fired.filter((r) => r.kind === "caveat"),
      trace,
      openFacts: settled ? [] : influentialFacts(open, definitions),
      settled,
    };
  }
}

function sum(reasons: readonly Reason[]): number {
  return reasons.reduce((total, reason) => total + reason.weight, 0);
}

function toReason(event: RuleEvent, rule: string): Reason {
  if (event.type === "caveat")
    return { rule, kind: "caveat", answer: event.params.answer, text: event.params.reason, section: event.params.section, weight: 0, today: event.params.today };
  return { rule, kind: event.type, answer: event.params.answer, text: event.params.reason, section: event.params.section, weight: event.params.weight };
}

function chooseAnswers(choose: "one" | "many", ranking: readonly RankedAnswer[]): string[] {
  const positive = ranking.filter((r) => r.score > 0);
  if (choose === "many") return positive.map((r) => r.answer);
  const best = positive[0]?.score;
  return positive.filter((r) => r.score === best).map((r) => r.answer);
}

/** Could the open rules, whichever way they go, change what is chosen? Bounds each score by its open weights. */
function isSettled(
  choose: "one" | "many",
  ranking: readonly RankedAnswer[],
  chosen: readonly string[],
  open: readonly RuleTrace[],
  definitions: ReadonlyMap<string, { event: RuleEvent }>,
): boolean {
  if (open.length === 0) return true;
  const bounds = new Map(ranking.map((r) => [r.answer, { low: r.score, high: r.score }]));
  for (const rule of open) {
    const event = definitions.get(rule.rule)!.event;
    if (event.type === "caveat") continue;
    const bound = bounds.get(event.params.answer)!;
    if (event.type === "recommend") bound.high += event.params.weight;
    else bound.low -= event.params.weight;
  }
  if (choose === "many") return [...bounds.values()].every((b) => (b.low > 0) === (b.high > 0));
  if (chosen.length !== 1) return false;
  const winner = bounds.get(chosen[0]!)!;
  return [...bounds].every(([answer, b]) => answer === chosen[0] || b.high < winner.low);
}

function influentialFacts(open: readonly RuleTrace[], definitions: ReadonlyMap<string, { event: RuleEvent }>): string[] {
  const influence = new Map<string, number>();
  for (const rule of open) {
    const event = definitions.get(rule.rule)!.event;
    const weight = event.type === "caveat" ? 0 : event.params.weight;
    for (const fact of unknownFacts(rule.conditions)) influence.set(fact, (influence.get(fact) ?? 0) + weight);
  }
  return [...influence].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([fact]) => fact);
}

function unknownFacts(trace: ConditionTrace): string[] {
  if ("all" in trace) return trace.holds === "unknown" ? trace.all.flatMap(unknownFacts) : [];
  if ("any" in trace) return trace.holds === "unknown" ? trace.any.flatMap(unknownFacts) : [];
  if ("not" in trace) return trace.holds === "unknown" ? unknownFacts(trace.not) : [];
  return trace.holds === "unknown" ? [trace.fact] : [];
}

type EngineCondition = Record<string, unknown> & { result?: boolean; factResult?: unknown };

function traceRule(result: RuleResult, event: RuleEvent, facts: FactValues, missingIsAbsent: boolean): RuleTrace {
  const conditions = traceCondition(result.conditions as unknown as EngineCondition, facts, missingIsAbsent);
  const status = conditions.holds === true ? "fired" : conditions.holds === false ? "failed" : "open";
  return { rule: result.name, event: event.type, answer: event.params.answer, status, conditions };
}

function traceCondition(node: EngineCondition, facts: FactValues, missingIsAbsent: boolean): ConditionTrace {
  if (Array.isArray(node.all)) {
    const all = (node.all as EngineCondition[]).map((child) => traceCondition(child, facts, missingIsAbsent));
    return { all, holds: and(all.map((c) => c.holds)) };
  }
  if (Array.isArray(node.any)) {
    const any = (node.any as EngineCondition[]).map((child) => traceCondition(child, facts, missingIsAbsent));
    return { any, holds: or(any.map((c) => c.holds)) };
  }
  if (node.not !== undefined) {
    const inner = traceCondition(node.not as EngineCondition, facts, missingIsAbsent);
    return { not: inner, holds: inner.holds === "unknown" ? "unknown" : !inner.holds };
  }
  const fact = String(node.fact);
  const value = node.value;
  const reference = typeof value === "object" && value !== null && !Array.isArray(value) ? String((value as { fact: unknown }).fact) : undefined;
  const known = Object.hasOwn(facts, fact) && (reference === undefined || Object.hasOwn(facts, reference));
  return {
    fact,
    operator: String(node.operator),
    value,
    seen: known ? facts[fact] : undefined,
    holds: known || missingIsAbsent ? node.result === true : "unknown",
  };
}

function and(values: readonly Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes("unknown") ? "unknown" : true;
}

function or(values: readonly Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes("unknown") ? "unknown" : false;
}

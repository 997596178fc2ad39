// Differential test: the compiled engine batch uses must give exactly the evaluations json-rules-engine
// (the reference) gives: on every built-in scenario, on thousands of random fact sets built around the
// rules' own thresholds, and on a rules file that uses every operator, not/any nesting and fact references.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CompiledAreaEngine } from "../../src/core/compiled-engine.js";
import { Evaluator, type EvaluateOptions, type FactValue } from "../../src/core/evaluate.js";
import { leafConditions, type FactDefinition } from "../../src/core/knowledge-schema.js";
import { builtInRulesDir, loadKnowledge, type Knowledge } from "../../src/core/load-knowledge.js";
import { parseScenario } from "../../src/core/scenario.js";
import { readCheckInput } from "../../src/core/inputs.js";
import { answerQuestion } from "../../src/core/question/answer-question.js";
import { random } from "../bench/synthetic.js";
import { miniRulesWith } from "../helpers.js";

const SCENARIOS = join(import.meta.dirname, "..", "..", "scenarios");

function pair(knowledge: Knowledge) {
  return { reference: new Evaluator(knowledge), compiled: new Evaluator(knowledge, (area) => new CompiledAreaEngine(area)) };
}

/** Values that matter to the rules: the thresholds they compare with, either side of them, and the limits. */
function interestingValues(knowledge: Knowledge): Map<string, FactValue[]> {
  const thresholds = new Map<string, Set<number>>();
  for (const area of knowledge.areas.values())
    for (const rule of area.rules)
      for (const leaf of leafConditions(rule.conditions))
        if (typeof leaf.value === "number") {
          const set = thresholds.get(leaf.fact) ?? new Set<number>();
          for (const delta of [-1, -0.5, 0, 0.5, 1]) set.add(leaf.value + delta);
          thresholds.set(leaf.fact, set);
        }
  const values = new Map<string, FactValue[]>();
  for (const fact of knowledge.facts.values()) values.set(fact.name, candidates(fact, thresholds.get(fact.name)));
  return values;
}

function candidates(fact: FactDefinition, thresholds: Set<number> | undefined): FactValue[] {
  switch (fact.type) {
    case "boolean":
      return [true, false];
    case "enum":
      return [...fact.values];
    case "enum-list":
      return [[], ...fact.values.map((v) => [v]), [...fact.values], fact.values.filter((_, i) => i % 2 === 0)];
    case "number": {
      const low = fact.min ?? 0;
      const high = fact.max ?? 100_000;
      return [...new Set([low, high, Math.round((low + high) / 2), ...(thresholds ?? [])])].filter((n) => n >= low && n <= high);
    }
  }
}

async function compareRandom(knowledge: Knowledge, count: number, seed: number) {
  const { reference, compiled } = pair(knowledge);
  const next = random(seed);
  const values = interestingValues(knowledge);
  const names = [...values.keys()];
  const areaIds = [...knowledge.areas.keys()];
  const mismatches: string[] = [];
  for (let i = 0; i < count; i++) {
    const facts: Record<string, FactValue> = {};
    const size = 1 + Math.floor(next() * 6);
    for (let j = 0; j < size; j++) {
      const name = names[Math.floor(next() * names.length)]!;
      const options = values.get(name)!;
      facts[name] = options[Math.floor(next() * options.length)]!;
    }
    // Mostly the areas the facts concern; sometimes others too, where every fact they read is unknown.
    const areas = next() < 0.7 ? undefined : [...new Set([...reference.areasFor(facts), areaIds[Math.floor(next() * areaIds.length)]!])];
    const options: EvaluateOptions = next() < 0.5 ? {} : { missingFacts: "absent" };
    const expected = await reference.evaluate(facts, areas, options);
    const actual = await compiled.evaluate(facts, areas, options);
    try {
      expect(actual).toEqual(expected);
    } catch {
      mismatches.push(JSON.stringify({ facts, areas, options }));
    }
  }
  return mismatches;
}

describe("the compiled engine against json-rules-engine", () => {
  const { knowledge } = loadKnowledge([builtInRulesDir()]);

  it("gives identical evaluations for every built-in scenario", async () => {
    const { reference, compiled } = pair(knowledge);
    const files = (readdirSync(SCENARIOS, { recursive: true }) as string[]).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.startsWith("exam"));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const loaded = parseScenario(file, readFileSync(join(SCENARIOS, file), "utf8"), knowledge);
      if (!loaded.ok) throw new Error(`${file}: ${loaded.problems[0]?.message}`);
      const areas = loaded.scenario.areas.length > 0 ? loaded.scenario.areas : undefined;
      expect(await compiled.evaluate(loaded.scenario.facts, areas), file).toEqual(await reference.evaluate(loaded.scenario.facts, areas));
    }
  });

  it("gives identical evaluations, traces included, on 4,000 random fact sets around the rules' thresholds", async () => {
    expect(await compareRandom(knowledge, 4000, 20261125)).toEqual([]);
  }, 120_000);

  it("handles every operator, not/any nesting, fact references and unknown facts as the reference does", async () => {
    const leaves = [
      { fact: "subscribers", operator: "lessThan", value: 10 },
      { fact: "subscribers", operator: "lessThanInclusive", value: 10 },
      { fact: "subscribers", operator: "greaterThanInclusive", value: { fact: "subscribers" } },
      { fact: "delivery", operator: "in", value: ["push", "pull"] },
      { fact: "delivery", operator: "notIn", value: ["push"] },
      { fact: "delivery", operator: "notEqual", value: "push" },
      { fact: "strictOrder", operator: "equal", value: false },
    ];
    const rules = leaves.map((leaf, index) => ({
      name: `probe-${index}`,
      conditions: index % 3 === 0 ? { not: { any: [leaf, { all: [leaf] }] } } : index % 3 === 1 ? { any: [{ not: leaf }, leaf] } : { all: [leaf] },
      event: { type: "recommend", params: { answer: "queue", weight: 1, section: "Queues", reason: "This probe checks one operator of the engine." } },
    }));
    const dir = miniRulesWith({ file: "areas/messaging.json", change: (area) => ({ ...area, rules: [...area.rules, ...rules] }) });
    const mini = loadKnowledge([dir]);
    expect(mini.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(await compareRandom(mini.knowledge, 600, 7)).toEqual([]);
    const { reference, compiled } = pair(mini.knowledge);
    for (const facts of [{}, { subscribers: 10 }, { delivery: "pull" }, { strictOrder: true }] as Array<Record<string, FactValue>>) {
      for (const options of [{}, { missingFacts: "absent" as const }])
        expect(await compiled.evaluate(facts, ["messaging"], options)).toEqual(await reference.evaluate(facts, ["messaging"], options));
    }
  });

  it("answers every practice question exactly as json-rules-engine does", { timeout: 120_000 }, async () => {
    const { reference, compiled } = pair(knowledge);
    const folder = join(SCENARIOS, "exam");
    const files = (readdirSync(folder, { recursive: true }) as string[]).filter((f) => /\.(md|txt|ya?ml)$/.test(f)).sort();
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const input = readCheckInput(file, readFileSync(join(folder, file), "utf8"), knowledge);
      if (!input.ok || input.kind !== "question") throw new Error(`${file} is not a question`);
      const expected = await answerQuestion(input.question, knowledge, reference);
      expect(await answerQuestion(input.question, knowledge, compiled), file).toEqual(expected);
    }
  });
});

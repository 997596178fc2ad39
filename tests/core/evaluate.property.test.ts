// Properties over random fact sets drawn from the fact catalog: never throws, deterministic, and
// independent of the order of rules in their files and of areas in the directory.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Evaluator, type FactValues } from "../../src/core/evaluate.js";
import type { FactDefinition } from "../../src/core/knowledge-schema.js";
import { builtInRulesDir, loadKnowledge, type Area, type Knowledge } from "../../src/core/load-knowledge.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);

function valueOf(fact: FactDefinition): fc.Arbitrary<FactValues[string]> {
  switch (fact.type) {
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...fact.values);
    case "enum-list":
      return fc.subarray([...fact.values]);
    case "number":
      return fc.integer({ min: fact.min ?? 0, max: Math.min(fact.max ?? 100_000, 100_000) });
  }
}

const factSets: fc.Arbitrary<FactValues> = fc
  .subarray([...knowledge.facts.values()], { minLength: 1, maxLength: 12 })
  .chain((facts) => fc.record(Object.fromEntries(facts.map((f) => [f.name, valueOf(f)]))) as fc.Arbitrary<FactValues>);

function reversed(source: Knowledge): Knowledge {
  const areas = [...source.areas.entries()].reverse().map(([id, area]): [string, Area] => [id, { ...area, rules: [...area.rules].reverse() }]);
  return { ...source, areas: new Map(areas) };
}

describe("evaluate (properties)", () => {
  const evaluator = new Evaluator(knowledge);
  const reorderedEvaluator = new Evaluator(reversed(knowledge));

  it("never throws, gives the same output twice, and ignores rule order", async () => {
    await fc.assert(
      fc.asyncProperty(factSets, async (facts) => {
        const first = JSON.stringify(await evaluator.evaluate(facts));
        const second = JSON.stringify(await evaluator.evaluate(facts));
        const reordered = JSON.stringify(await reorderedEvaluator.evaluate(facts));
        expect(second).toBe(first);
        expect(reordered).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it("only ever recommends answers with a positive score, each backed by a reason", async () => {
    await fc.assert(
      fc.asyncProperty(factSets, async (facts) => {
        for (const area of (await evaluator.evaluate(facts)).areas)
          for (const id of area.chosen) {
            const ranked = area.ranking.find((r) => r.answer === id)!;
            expect(ranked.score).toBeGreaterThan(0);
            expect(ranked.reasonsFor.length).toBeGreaterThan(0);
          }
      }),
      { numRuns: 150 },
    );
  });
});

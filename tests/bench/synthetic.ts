// Synthetic scenario files for the batch benchmark: valid by construction, drawn from the fact catalog,
// each with an `expect` block taken from the tool's own answer, so every file passes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { Evaluator, type FactValue } from "../../src/core/evaluate.js";
import type { FactDefinition } from "../../src/core/knowledge-schema.js";
import type { Knowledge } from "../../src/core/load-knowledge.js";

export const FILES_PER_FOLDER = 100;

/** A small deterministic generator (mulberry32): the same seed gives the same sequence (and files). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function valueFor(fact: FactDefinition, next: () => number): FactValue {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  switch (fact.type) {
    case "boolean":
      return next() < 0.5;
    case "enum":
      return pick(fact.values);
    case "enum-list": {
      const values = fact.values.filter(() => next() < 0.4);
      return values.length > 0 ? values : [pick(fact.values)];
    }
    case "number": {
      const low = fact.min ?? 0;
      const high = fact.max ?? low + 10_000;
      return Math.round(low + next() * (high - low));
    }
  }
}

/** Writes `count` scenario files into `dir`/g000…, 100 per folder; returns the folder paths. */
export async function writeSyntheticScenarios(dir: string, count: number, knowledge: Knowledge, seed = 42): Promise<string[]> {
  const next = random(seed);
  const facts = [...knowledge.facts.values()].filter((fact) => fact.areas.some((area) => knowledge.areas.has(area)));
  const evaluator = new Evaluator(knowledge);
  const folders: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % FILES_PER_FOLDER === 0) {
      folders.push(join(dir, `g${String(folders.length).padStart(3, "0")}`));
      mkdirSync(folders.at(-1)!, { recursive: true });
    }
    const chosen = new Map<string, FactValue>();
    const size = 1 + Math.floor(next() * 4);
    while (chosen.size < size) {
      const fact = facts[Math.floor(next() * facts.length)]!;
      chosen.set(fact.name, valueFor(fact, next));
    }
    const first = facts.find((fact) => fact.name === [...chosen.keys()][0])!;
    const area = next() < 0.5 ? first.areas.find((a) => knowledge.areas.has(a)) : undefined;
    const factObject = Object.fromEntries(chosen);
    const evaluation = await evaluator.evaluate(factObject, area ? [area] : undefined);
    const recommend = [...new Set(evaluation.areas.flatMap((a) => a.chosen))].sort();
    const scenario = {
      name: `Synthetic scenario ${i + 1}`,
      description: "Generated from the fact catalog for the batch benchmark.",
      ...(area ? { area } : {}),
      facts: factObject,
      ...(recommend.length > 0 ? { expect: { recommend } } : {}),
    };
    writeFileSync(join(folders.at(-1)!, `scenario-${String(i + 1).padStart(5, "0")}.yaml`), stringify(scenario));
  }
  return folders;
}

// Golden test: every built-in scenario passes its expectations, and every rule is both fired by some
// scenario and shown to stay silent in another scenario of its area.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { Evaluator, type Evaluation } from "../src/core/evaluate.js";
import { builtInRulesDir, loadKnowledge } from "../src/core/load-knowledge.js";
import { checkExpectations, parseScenario, type Scenario } from "../src/core/scenario.js";

const ROOT = join(import.meta.dirname, "..");
const SCENARIOS = join(ROOT, "scenarios");
const { knowledge } = loadKnowledge([builtInRulesDir()]);
const evaluator = new Evaluator(knowledge);

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "exam" ? [] : scenarioFiles(path);
    return /\.(ya?ml|json)$/.test(entry.name) ? [path] : [];
  });
}

const files = scenarioFiles(SCENARIOS).sort();
const loaded: Array<{ file: string; scenario: Scenario; evaluation: Evaluation }> = [];

describe("built-in scenarios", () => {
  it.each(files.map((f) => [relative(ROOT, f), f]))("%s passes its expectations", async (_name, file) => {
    const result = parseScenario(file, readFileSync(file, "utf8"), knowledge);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
    const { scenario } = result;
    expect(scenario.expect, "every built-in scenario states what it expects").toBeDefined();
    const evaluation = await evaluator.evaluate(scenario.facts, scenario.areas.length > 0 ? scenario.areas : undefined);
    loaded.push({ file, scenario, evaluation });
    expect(checkExpectations(scenario.expect!, evaluation, knowledge).failures).toEqual([]);
  });

  it("has at least four scenarios for every decision area", () => {
    const perArea = new Map<string, number>();
    for (const { evaluation } of loaded) for (const area of evaluation.areas) perArea.set(area.area, (perArea.get(area.area) ?? 0) + 1);
    const thin = [...knowledge.areas.keys()].filter((area) => (perArea.get(area) ?? 0) < 4);
    expect(thin).toEqual([]);
  });

  it("fires every rule in some scenario and shows it silent in another", () => {
    const fired = new Set<string>();
    const silent = new Set<string>();
    for (const { evaluation } of loaded)
      for (const area of evaluation.areas)
        for (const rule of area.trace) (rule.status === "fired" ? fired : silent).add(`${area.area}/${rule.rule}`);
    const all = [...knowledge.areas.values()].flatMap((area) => area.rules.map((rule) => `${area.area}/${rule.name}`));
    expect(all.filter((rule) => !fired.has(rule)), "rules no scenario fires").toEqual([]);
    expect(all.filter((rule) => !silent.has(rule)), "rules no scenario shows silent").toEqual([]);
  });
});

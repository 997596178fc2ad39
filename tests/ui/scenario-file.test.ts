import { describe, expect, it } from "vitest";
import { Evaluator } from "../../src/core/evaluate.js";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";
import { checkExpectations, parseScenario } from "../../src/core/scenario.js";
import { scenarioYaml } from "../../src/ui/scenario-file.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);
const evaluator = new Evaluator(knowledge);
const now = new Date(Date.UTC(2025, 0, 2));

async function saved(area: string, facts: Record<string, boolean | string | string[]>, text?: string) {
  const verdict = (await evaluator.evaluate(facts, [area])).areas[0]!;
  const yaml = scenarioYaml({ knowledge, area, facts, verdict, text, now });
  const loaded = parseScenario("saved.yaml", yaml, knowledge);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return { yaml, scenario: loaded.scenario, verdict };
}

describe("saving a session as a scenario", () => {
  it("writes a file check accepts, expecting the chosen answer and avoiding the ones with reasons against", async () => {
    const { scenario } = await saved("messaging-service", { deliveryModel: "push", fanOutToQueues: true, notifyChannels: ["sqs"] });
    expect(scenario.areas).toEqual(["messaging-service"]);
    expect(scenario.facts).toEqual({ deliveryModel: "push", fanOutToQueues: true, notifyChannels: ["sqs"] });
    expect(scenario.expect).toEqual({ recommend: ["sns"], avoid: ["sqs", "ses"] });
    const again = await evaluator.evaluate(scenario.facts, scenario.areas);
    expect(checkExpectations(scenario.expect!, again, knowledge).passed).toBe(true);
  });

  it("leaves out of avoid an option that merely scored lower, and keeps the user's own words as the description", async () => {
    const { scenario, verdict } = await saved("beanstalk-deployment", { interruptionAcceptable: true }, "  a quick deploy  ");
    const merelyLower = verdict.rejected.filter((r) => r.reasonsAgainst.length === 0).map((r) => r.answer);
    const argued = verdict.rejected.filter((r) => r.reasonsAgainst.length > 0).map((r) => r.answer);
    expect(merelyLower.length).toBeGreaterThan(0);
    expect(scenario.expect!.recommend).toEqual(["eb-all-at-once"]);
    expect(scenario.expect!.avoid ?? []).toEqual(argued);
    for (const answer of merelyLower) expect(scenario.expect!.avoid ?? []).not.toContain(answer);
    expect(scenario.description).toBe("a quick deploy");
  });
});

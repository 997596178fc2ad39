import { describe, expect, it } from "vitest";
import { Evaluator } from "../../src/core/evaluate.js";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";

const { knowledge, problems } = loadKnowledge([builtInRulesDir()]);
const evaluator = new Evaluator(knowledge);

describe("evaluate", () => {
  it("loads the built-in rules without problems", () => {
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("recommends Redis for a leaderboard and says why Memcached loses", async () => {
    const { areas } = await evaluator.evaluate({ needsSortingRanking: true });
    const cache = areas.find((a) => a.area === "elasticache-engine")!;
    expect(cache.chosen).toEqual(["elasticache-redis"]);
    const memcached = cache.rejected.find((r) => r.answer === "elasticache-memcached")!;
    expect(memcached.reasonsAgainst.map((r) => r.rule)).toContain("memcached-cannot-rank");
    expect(memcached.reasonsAgainst[0]!.section).toBe("Elasticache 101");
  });

  it("treats a missing fact as unknown and reports it as still open", async () => {
    const { areas } = await evaluator.evaluate({ wantsSimplestCache: true });
    const cache = areas.find((a) => a.area === "elasticache-engine")!;
    expect(cache.chosen).toEqual(["elasticache-memcached"]);
    expect(cache.settled).toBe(false);
    expect(cache.openFacts).toContain("needsSortingRanking");
  });

  it("reports no open facts once a capability gap settles the choice", async () => {
    const { areas } = await evaluator.evaluate({ needsSortingRanking: true, needsPubSub: true }, ["elasticache-engine"]);
    expect(areas[0]!.settled).toBe(true);
    expect(areas[0]!.openFacts).toEqual([]);
  });
});

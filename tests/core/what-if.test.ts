import { describe, expect, it } from "vitest";
import { Evaluator } from "../../src/core/evaluate.js";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";
import { alternativeValues, answerOutcomes, numberThresholds, rulesReading, whatWouldChangeIt } from "../../src/core/what-if.js";
import { toyKnowledge } from "../ui/toy-knowledge.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);
const evaluator = new Evaluator(knowledge);
const toy = new Evaluator(toyKnowledge);
const boxes = toyKnowledge.areas.get("boxes")!;

describe("whatWouldChangeIt", () => {
  it("finds the one flipped answer that turns Redis into Memcached", async () => {
    const changes = await whatWouldChangeIt(evaluator, "elasticache-engine", { needsCacheRedundancy: true });
    expect(changes).toEqual([{ fact: "needsCacheRedundancy", from: true, to: false, chosen: ["elasticache-memcached"], size: 1 }]);
  });

  it("reports nothing when no single answer can overturn the result", async () => {
    const facts = { needsSortingRanking: true, needsPubSub: true, needsCachePersistence: true };
    expect(await whatWouldChangeIt(evaluator, "elasticache-engine", facts)).toEqual([]);
  });

  it("moves a number only as far as the nearest threshold that flips the choice", async () => {
    const changes = await whatWouldChangeIt(toy, "boxes", { sizeGB: 40 });
    expect(changes.map(({ fact, to, chosen }) => ({ fact, to, chosen }))).toEqual([{ fact: "sizeGB", to: 10, chosen: ["small-box"] }]);
    const below = await whatWouldChangeIt(toy, "boxes", { sizeGB: 3 });
    expect(below.map((c) => c.to)).toEqual([11]);
  });

  it("adds or removes one list item, and lists the smallest changes first", async () => {
    const changes = await whatWouldChangeIt(toy, "boxes", { sizeGB: 40, extras: ["lid"] });
    expect(changes.map((c) => [c.fact, c.to])).toEqual([
      ["extras", ["lid", "wheels"]],
      ["sizeGB", 10],
    ]);
  });

  it("ignores facts the area does not read", async () => {
    const changes = await whatWouldChangeIt(evaluator, "elasticache-engine", { needsCacheRedundancy: true, emailOnly: true });
    expect(changes.map((c) => c.fact)).toEqual(["needsCacheRedundancy"]);
  });
});

describe("alternatives and thresholds", () => {
  it("tries just below, at and just above each threshold within the fact's range", () => {
    expect(numberThresholds(boxes, "sizeGB")).toEqual([10]);
    expect(alternativeValues(toyKnowledge.facts.get("sizeGB")!, 40, boxes)).toEqual([9, 10, 11]);
    expect(alternativeValues(toyKnowledge.facts.get("fragile")!, true, boxes)).toEqual([false]);
  });

  it("lists the rules that read a fact with their other facts", () => {
    const readings = rulesReading(knowledge.areas.get("rds-availability")!, "needsReadScaling");
    expect(readings.map((r) => r.rule)).toContain("multi-az-is-not-for-performance");
    expect(readings.find((r) => r.rule === "multi-az-is-not-for-performance")!.otherFacts).toEqual(["needsDisasterRecovery"]);
  });
});

describe("answerOutcomes", () => {
  it("says where each answer to an open question would lead", async () => {
    const outcomes = await answerOutcomes(evaluator, "elasticache-engine", {}, "needsSortingRanking");
    expect(outcomes.find((o) => o.value === true)).toMatchObject({ chosen: ["elasticache-redis"], settled: true });
    expect(outcomes.find((o) => o.value === false)!.settled).toBe(false);
  });

  it("merges number answers into ranges with the same outcome", async () => {
    const outcomes = await answerOutcomes(toy, "boxes", {}, "sizeGB");
    expect(outcomes.map((o) => ({ range: o.range, chosen: o.chosen }))).toEqual([
      { range: { min: 0, max: 10 }, chosen: ["small-box"] },
      { range: { min: 11, max: 100 }, chosen: ["big-box"] },
    ]);
  });
});

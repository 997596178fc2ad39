import { describe, expect, it } from "vitest";
import { builtInRulesDir, loadKnowledge } from "../../../src/core/load-knowledge.js";
import { readFacts } from "../../../src/core/question/read-facts.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);
const facts = (text: string) => Object.fromEntries(readFacts(text, knowledge).map((f) => [f.name, f.value]));

describe("readFacts", () => {
  it("reads paraphrases of the same need", () => {
    expect(facts("Players are ranked by their score.").needsSortingRanking).toBe(true);
    expect(facts("The app shows a leaderboard.").needsSortingRanking).toBe(true);
    expect(facts("Orders must be processed in the exact sequence they were submitted.").needsStrictOrdering).toBe(true);
  });

  it("reverses a need that is negated or dismissed", () => {
    expect(facts("Occasional duplicate messages are acceptable.").needsExactlyOnce).toBe(false);
    expect(facts("Messages must never be processed twice.").needsExactlyOnce).toBe(true);
    expect(facts("Read performance is currently acceptable.").needsReadScaling).toBe(false);
  });

  it("reverses a match with a negation inside it", () => {
    expect(facts("Eventually consistent reads are acceptable.").needsStronglyConsistentReads).toBe(false);
    expect(facts("Eventually consistent reads are not acceptable.").needsStronglyConsistentReads).toBe(true);
    // A negation further back belongs to the need itself.
    expect(facts("The database must not be lost when the old environment is terminated.").databaseMustOutliveEnvironment).toBe(true);
  });

  it("lets a dismissal reach only its own clause", () => {
    const read = facts("Logs are read once or twice a year, and a response within a business day is fine.");
    expect(read.accessFrequency).toBe("infrequent");
    expect(read.needsImmediateAccess).toBe(false);
    expect(facts("Occasional duplicates, in our case, are acceptable.").needsExactlyOnce).toBe(false);
  });

  it("turns numbers with units into numeric facts, with the words as evidence", () => {
    const read = readFacts("Each job takes about 2 minutes to process.", knowledge).find((f) => f.name === "taskDurationSeconds");
    expect(read?.value).toBe(120);
    expect(read?.evidence).toContain("2 minutes");
  });

  it("reads nothing from text that says nothing the rules use", () => {
    expect(readFacts("The weather in Lisbon was pleasant.", knowledge)).toEqual([]);
  });
});

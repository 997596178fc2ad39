// Every section of the study note that teaches a decision is cited by at least one rule. A section
// "teaches a decision" when it has real content: the table of contents and the short or empty chapter
// headings ("S3", "Serverless", "AWS KMS") only introduce their subsections.
import { describe, expect, it } from "vitest";
import { builtInRulesDir, loadKnowledge } from "../src/core/load-knowledge.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);
const MIN_CONTENT = 150;

describe("study note coverage", () => {
  const cited = new Set([...knowledge.areas.values()].flatMap((area) => area.rules.map((rule) => rule.event.params.section)));
  const decisionBearing = [...knowledge.sections.values()].filter((s) => s.level > 1 && s.body.length >= MIN_CONTENT);

  it("finds the note's sections", () => {
    expect(decisionBearing.length).toBeGreaterThan(40);
  });

  it("cites every decision-bearing section in some rule", () => {
    expect(decisionBearing.map((s) => s.title).filter((title) => !cited.has(title))).toEqual([]);
  });
});

// The JSON shapes commands print: stable, documented in README, read by other tools.
import type { Evaluation } from "../core/evaluate.js";
import type { Knowledge } from "../core/load-knowledge.js";
import type { ExpectationResult, Scenario } from "../core/scenario.js";

export function scenarioReport(
  scenario: Scenario,
  evaluation: Evaluation,
  expectation: ExpectationResult | undefined,
  knowledge: Knowledge,
  includeTrace: boolean,
) {
  return {
    kind: "scenario" as const,
    file: scenario.file,
    name: scenario.name,
    facts: scenario.facts,
    areas: evaluation.areas.map((area) => ({
      area: area.area,
      title: area.title,
      recommended: area.chosen,
      ranking: area.ranking.map((r) => ({
        answer: r.answer,
        name: r.name,
        score: r.score,
        section: knowledge.answers.get(r.answer)?.section,
        reasonsFor: r.reasonsFor,
        reasonsAgainst: r.reasonsAgainst,
      })),
      rejected: area.rejected.map((r) => ({ answer: r.answer, reasons: r.reasonsAgainst })),
      caveats: area.caveats,
      openFacts: area.openFacts,
      settled: area.settled,
      ...(includeTrace ? { trace: area.trace } : {}),
    })),
    expect: scenario.expect ?? null,
    passed: expectation ? expectation.passed : null,
    failures: expectation?.failures ?? [],
  };
}

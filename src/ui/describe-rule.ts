// Rules and answers in plain words for the `?` panel and the side panel. Pure.
import type { AreaVerdict } from "../core/evaluate.js";
import type { FactDefinition, LeafCondition } from "../core/knowledge-schema.js";
import type { Knowledge } from "../core/load-knowledge.js";
import type { AnswerOutcome, RuleReading } from "../core/what-if.js";
import { formatValue } from "./choices.js";

const SYMBOLS: Record<string, string> = { lessThan: "<", lessThanInclusive: "≤", greaterThan: ">", greaterThanInclusive: "≥", equal: "=", notEqual: "≠" };

/** "Yes", "not Production", "includes SMS", "> 5 replicas". */
export function describeCondition(definition: FactDefinition | undefined, condition: LeafCondition): string {
  const value = condition.value;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return `${SYMBOLS[condition.operator] ?? condition.operator} ${value.fact}`;
  const word = (v: unknown) => formatValue(definition, v as never);
  const list = (values: readonly unknown[], joiner: string) => values.map((v) => word(definition?.type === "enum-list" ? [v] : v)).join(joiner);
  switch (definition?.type) {
    case "boolean":
      if (condition.operator === "equal") return word(value);
      if (condition.operator === "notEqual") return word(value !== true);
      break;
    case "enum":
      if (condition.operator === "equal") return word(value);
      if (condition.operator === "notEqual") return `anything but ${word(value)}`;
      if (condition.operator === "in") return list(Array.isArray(value) ? value : [value], " or ");
      if (condition.operator === "notIn") return `neither ${list(Array.isArray(value) ? value : [value], " nor ")}`;
      break;
    case "enum-list":
      if (condition.operator === "contains") return `includes ${word([value])}`;
      if (condition.operator === "doesNotContain") return `leaves out ${word([value])}`;
      break;
    case "number":
      return `${SYMBOLS[condition.operator] ?? condition.operator} ${word(value)}`;
  }
  return `${condition.operator} ${JSON.stringify(value)}`;
}

/** "recommends ElastiCache for Redis (+3) when Yes". */
export function describeReading(reading: RuleReading, definition: FactDefinition | undefined, knowledge: Knowledge): string {
  const name = reading.answer ? (knowledge.answers.get(reading.answer)?.name ?? reading.answer) : "";
  const effect =
    reading.event === "recommend"
      ? `counts for ${name} (+${reading.weight})`
      : reading.event === "avoid"
        ? `counts against ${name} (−${reading.weight})`
        : `adds a caveat${name ? ` about ${name}` : ""}`;
  const when = reading.conditions.map((c) => describeCondition(definition, c)).join(" and ");
  return `${effect} when ${when}${reading.otherFacts.length > 0 ? " (with other answers)" : ""}`;
}

/** "≤ 5 replicas", "6 replicas or more", "Yes". */
export function describeOutcomeAnswer(definition: FactDefinition | undefined, outcome: AnswerOutcome): string {
  const range = outcome.range;
  if (!range || definition?.type !== "number") return formatValue(definition, outcome.value);
  const unit = definition.unit;
  if (range.min === undefined && range.max === undefined) return `any number of ${unit}`;
  if (range.min === undefined) return `up to ${range.max} ${unit}`;
  if (range.max === undefined) return `${range.min} ${unit} or more`;
  return range.min === range.max ? `${range.min} ${unit}` : `${range.min}–${range.max} ${unit}`;
}

export function describeOutcome(outcome: AnswerOutcome, knowledge: Knowledge): string {
  const names = outcome.chosen.map((id) => knowledge.answers.get(id)?.name ?? id).join(" + ");
  if (outcome.chosen.length === 0) return outcome.settled ? "nothing recommended" : "no leaning yet";
  return outcome.settled ? names : `leaning ${names}`;
}

/** The side panel's "ElastiCache for Redis, 2 reasons so far". */
export function leaning(verdict: AreaVerdict | undefined, knowledge: Knowledge): string {
  if (!verdict || verdict.chosen.length === 0) return "No leaning yet";
  const names = verdict.chosen.map((id) => knowledge.answers.get(id)?.name ?? id).join(" + ");
  const reasons =
    verdict.ranking.filter((r) => verdict.chosen.includes(r.answer)).reduce((n, r) => n + r.reasonsFor.length, 0) +
    verdict.rejected.reduce((n, r) => n + r.reasonsAgainst.length, 0);
  return `${names}, ${reasons} reason${reasons === 1 ? "" : "s"} so far`;
}

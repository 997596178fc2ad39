// What the tool knows, as text: areas with their rules, answers with the rules about them, facts, sections.
import type { Condition, RuleDefinition } from "../core/knowledge-schema.js";
import type { Knowledge } from "../core/load-knowledge.js";
import type { Style } from "./style.js";

const OPERATOR_WORDS: Record<string, string> = {
  equal: "is",
  notEqual: "is not",
  in: "is one of",
  notIn: "is none of",
  contains: "includes",
  doesNotContain: "does not include",
  lessThan: "<",
  lessThanInclusive: "≤",
  greaterThan: ">",
  greaterThanInclusive: "≥",
};

export function conditionInWords(condition: Condition, knowledge: Knowledge): string {
  if ("all" in condition) return join(condition.all.map((c) => conditionInWords(c, knowledge)), " and ");
  if ("any" in condition) return join(condition.any.map((c) => conditionInWords(c, knowledge)), " or ");
  if ("not" in condition) return `not (${conditionInWords(condition.not, knowledge)})`;
  const fact = knowledge.facts.get(condition.fact);
  const unit = fact?.type === "number" ? ` ${fact.unit}` : "";
  const value =
    typeof condition.value === "object" && condition.value !== null && !Array.isArray(condition.value)
      ? `the value of ${condition.value.fact}`
      : Array.isArray(condition.value)
        ? condition.value.join(", ")
        : String(condition.value);
  return `${condition.fact} ${OPERATOR_WORDS[condition.operator] ?? condition.operator} ${value}${unit}`;
}

function join(parts: string[], glue: string): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(glue)})`;
}

export function ruleInWords(rule: RuleDefinition, knowledge: Knowledge, style: Style): string[] {
  const event = rule.event;
  const target = event.params.answer ? knowledge.answers.get(event.params.answer)?.name ?? event.params.answer : "";
  const verb =
    event.type === "recommend"
      ? style.green(`recommend ${target} (+${event.params.weight})`)
      : event.type === "avoid"
        ? style.red(`avoid ${target} (−${event.params.weight})`)
        : style.yellow(`caveat${target ? ` on ${target}` : ""}`);
  const condition = conditionInWords(rule.conditions, knowledge).replace(/^\((.*)\)$/, "$1");
  const lines = [`  ${style.bold(rule.name)}`, `    if ${condition}`, `    then ${verb}`, `    because ${event.params.reason} ${style.dim(`[${event.params.section}]`)}`];
  if (event.type === "caveat" && event.params.today) lines.push(`    today: ${event.params.today}`);
  return lines;
}

export function renderArea(areaId: string, knowledge: Knowledge, style: Style): string {
  const area = knowledge.areas.get(areaId)!;
  const lines = [style.bold(area.title) + style.dim(`  [${area.area}]`), area.summary, ""];
  lines.push(style.bold(area.choose === "one" ? "Answers (the best one wins):" : "Answers (every one with a positive score is recommended):"));
  for (const id of area.answers) lines.push(`  ${id}  ${style.dim(knowledge.answers.get(id)?.name ?? "")}`);
  const factNames = [...new Set(area.rules.flatMap((r) => leafFacts(r.conditions)))];
  lines.push("", style.bold("Facts it reads:"));
  for (const name of factNames) {
    const fact = knowledge.facts.get(name);
    if (!fact) continue;
    const type = fact.type === "number" ? `number, ${fact.unit}` : fact.type === "boolean" ? "yes/no" : `${fact.type}: ${fact.values.join(", ")}`;
    lines.push(`  ${name} ${style.dim(`(${type})`)}  ${fact.question}`);
  }
  lines.push("", style.bold(`Rules (${area.rules.length}):`));
  for (const rule of area.rules) lines.push(...ruleInWords(rule, knowledge, style));
  return lines.join("\n") + "\n";
}

function leafFacts(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(leafFacts);
  if ("any" in condition) return condition.any.flatMap(leafFacts);
  if ("not" in condition) return leafFacts(condition.not);
  return [condition.fact];
}

export function renderAnswer(answerId: string, knowledge: Knowledge, style: Style): string {
  const answer = knowledge.answers.get(answerId)!;
  const lines = [style.bold(answer.name) + style.dim(`  [${answer.id}, ${answer.kind}]`)];
  if (answer.aliases.length > 0) lines.push(`Also called: ${answer.aliases.join(", ")}`);
  const section = knowledge.sections.get(answer.section);
  lines.push(`From the note: ${answer.section}`);
  if (section?.body) {
    const body = section.body.split("\n").filter((l) => l.trim()).slice(0, 12);
    lines.push(...body.map((l) => style.dim(`  │ ${l}`)));
  }
  for (const area of knowledge.areas.values()) {
    const rules = area.rules.filter((r) => r.event.params.answer === answerId);
    if (rules.length === 0) continue;
    lines.push("", style.bold(`In ${area.title}`) + style.dim(`  [${area.area}]`));
    for (const rule of rules) lines.push(...ruleInWords(rule, knowledge, style));
  }
  return lines.join("\n") + "\n";
}

export function renderList(topic: "areas" | "answers" | "facts" | "sections", knowledge: Knowledge, style: Style): string {
  switch (topic) {
    case "areas":
      return [...knowledge.areas.values()].map((a) => `${style.bold(a.area)}  ${a.title}\n    ${style.dim(a.summary)}`).join("\n") + "\n";
    case "answers":
      return [...knowledge.answers.values()].map((a) => `${style.bold(a.id)}  ${a.name} ${style.dim(`[${a.section}]`)}`).join("\n") + "\n";
    case "facts":
      return [...knowledge.facts.values()].map((f) => `${style.bold(f.name)} ${style.dim(`(${f.type}; ${f.areas.join(", ")})`)}\n    ${f.question}`).join("\n") + "\n";
    case "sections":
      return [...knowledge.sections.values()].map((s) => `${"  ".repeat(Math.max(0, s.level - 2))}${s.title}`).join("\n") + "\n";
  }
}

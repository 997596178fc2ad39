// Checks beyond the schema: rules that can never fire, answers nothing recommends, missing why-nots.
import { leafConditions, type Condition, type FactDefinition, type LeafCondition } from "./knowledge-schema.js";
import { loadKnowledge, type Knowledge } from "./load-knowledge.js";
import type { Problem } from "./problems.js";

export interface LintReport {
  readonly problems: Problem[];
  readonly counts: { readonly areas: number; readonly rules: number; readonly answers: number; readonly facts: number };
}

export function lintRules(dirs: readonly string[]): LintReport {
  const { knowledge, problems } = loadKnowledge(dirs, { strictParse: true });
  problems.push(...lintKnowledge(knowledge));
  const rules = [...knowledge.areas.values()].reduce((total, area) => total + area.rules.length, 0);
  return {
    problems,
    counts: { areas: knowledge.areas.size, rules, answers: knowledge.answers.size, facts: knowledge.facts.size },
  };
}

export function lintKnowledge(knowledge: Knowledge): Problem[] {
  const problems: Problem[] = [];
  const recommended = new Set<string>();
  const factsRead = new Set<string>();
  for (const area of knowledge.areas.values()) {
    const avoided = new Set<string>();
    area.rules.forEach((rule, index) => {
      const where = `rules[${index}] '${rule.name}'`;
      for (const leaf of leafConditions(rule.conditions)) {
        factsRead.add(leaf.fact);
        if (typeof leaf.value === "object" && leaf.value !== null && !Array.isArray(leaf.value)) factsRead.add(leaf.value.fact);
      }
      if (rule.event.type === "recommend") recommended.add(rule.event.params.answer);
      if (rule.event.type === "avoid") avoided.add(rule.event.params.answer);
      const impossible = whyNeverFires(rule.conditions, knowledge.facts);
      if (impossible)
        problems.push({ file: area.file, where, message: `this rule can never fire: ${impossible}`, fix: "correct or remove the contradicting condition", severity: "error" });
    });
    if (area.choose === "one")
      for (const answer of area.answers)
        if (!avoided.has(answer))
          problems.push({
            file: area.file,
            where: `answers '${answer}'`,
            message: `no rule says why not '${answer}' when another answer wins`,
            fix: "add an 'avoid' rule with its own reason",
            severity: "warning",
          });
  }
  for (const answer of knowledge.answers.values())
    if (!recommended.has(answer.id) && answer.kind !== "pitfall")
      problems.push({ file: "answers/", where: `answer '${answer.id}'`, message: `no rule ever recommends '${answer.id}'`, fix: "add a 'recommend' rule for it or remove it", severity: "warning" });
  for (const fact of knowledge.facts.values())
    if (!factsRead.has(fact.name))
      problems.push({ file: "facts/", where: `fact '${fact.name}'`, message: `no rule reads fact '${fact.name}'`, fix: "use it in a rule or remove it", severity: "warning" });
  return problems;
}

/**
 * Finds contradictions among the conditions that must all hold (the top-level `all` and nested `all`s
 * under it): two different `equal` values, a number range that is empty, a value outside the catalog.
 */
export function whyNeverFires(condition: Condition, facts: ReadonlyMap<string, FactDefinition>): string | undefined {
  const required = requiredLeaves(condition);
  const byFact = new Map<string, LeafCondition[]>();
  for (const leaf of required) byFact.set(leaf.fact, [...(byFact.get(leaf.fact) ?? []), leaf]);
  for (const [name, leaves] of byFact) {
    const fact = facts.get(name);
    const equals = new Set(leaves.filter((l) => l.operator === "equal").map((l) => JSON.stringify(l.value)));
    if (equals.size > 1) return `'${name}' must equal ${[...equals].join(" and ")} at once`;
    const equal = leaves.find((l) => l.operator === "equal");
    if (equal && leaves.some((l) => l.operator === "notEqual" && JSON.stringify(l.value) === JSON.stringify(equal.value)))
      return `'${name}' must both equal and not equal ${JSON.stringify(equal.value)}`;
    if (fact?.type === "number") {
      let low = fact.min ?? -Infinity;
      let high = fact.max ?? Infinity;
      let lowOpen = false;
      let highOpen = false;
      for (const leaf of leaves) {
        if (typeof leaf.value !== "number") continue;
        const v = leaf.value;
        if (leaf.operator === "greaterThan" && v >= low) [low, lowOpen] = [v, true];
        if (leaf.operator === "greaterThanInclusive" && v > low) [low, lowOpen] = [v, false];
        if (leaf.operator === "lessThan" && v <= high) [high, highOpen] = [v, true];
        if (leaf.operator === "lessThanInclusive" && v < high) [high, highOpen] = [v, false];
        if (leaf.operator === "equal") [low, high, lowOpen, highOpen] = [Math.max(low, v), Math.min(high, v), false, false];
      }
      if (low > high || (low === high && (lowOpen || highOpen)))
        return `no value of '${name}' (${fact.unit}${fact.min !== undefined || fact.max !== undefined ? `, allowed ${fact.min ?? "-∞"}…${fact.max ?? "∞"}` : ""}) satisfies all its conditions`;
    }
  }
  if ("any" in condition && condition.any.every((child) => whyNeverFires(child, facts) !== undefined))
    return "none of its 'any' branches can hold";
  return undefined;
}

function requiredLeaves(condition: Condition): LeafCondition[] {
  if ("all" in condition) return condition.all.flatMap(requiredLeaves);
  if ("any" in condition || "not" in condition) return [];
  return [condition];
}

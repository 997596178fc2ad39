// Evaluations as plain text: the recommendation, why, why not, caveats, what is still open.
import type { AreaVerdict, ConditionTrace, Evaluation, Reason, RuleTrace } from "../core/evaluate.js";
import type { Knowledge } from "../core/load-knowledge.js";
import type { Style } from "./style.js";

export interface RenderOptions {
  readonly style: Style;
  /** Show the condition trace of every rule (which held, which failed, the values seen). */
  readonly trace?: boolean;
}

export function renderEvaluation(evaluation: Evaluation, knowledge: Knowledge, options: RenderOptions): string {
  if (evaluation.areas.length === 0) return "No decision area reads any of the facts given, so there is nothing to recommend.\n";
  return evaluation.areas.map((area) => renderArea(area, knowledge, options)).join("\n");
}

function renderArea(area: AreaVerdict, knowledge: Knowledge, { style, trace }: RenderOptions): string {
  const lines: string[] = [style.bold(`${area.title}`) + style.dim(`  [${area.area}]`)];
  const name = (id: string) => knowledge.answers.get(id)?.name ?? id;
  if (area.chosen.length === 0) {
    lines.push(`  ${style.yellow("No recommendation yet:")} the facts given do not favour any answer.`);
  }
  for (const id of area.chosen) {
    const ranked = area.ranking.find((r) => r.answer === id)!;
    lines.push(`  ${style.green("✔ Recommended:")} ${style.bold(name(id))} ${style.dim(`(${id}, score ${ranked.score})`)}`);
    for (const reason of ranked.reasonsFor) lines.push(reasonLine("+", reason, style));
    for (const reason of ranked.reasonsAgainst) lines.push(reasonLine("−", reason, style));
  }
  for (const rejected of area.rejected) {
    lines.push(`  ${style.red("✘ Not:")} ${name(rejected.answer)} ${style.dim(`(${rejected.answer}, score ${rejected.score})`)}`);
    if (rejected.reasonsAgainst.length === 0) {
      const winner = area.chosen[0];
      lines.push(
        `      ${style.dim(
          winner
            ? `Nothing here speaks against it; ${name(winner)} simply fits these facts better.`
            : "Nothing in the facts given speaks for or against it.",
        )}`,
      );
    }
    for (const reason of rejected.reasonsAgainst) lines.push(reasonLine("−", reason, style));
    for (const reason of rejected.reasonsFor) lines.push(reasonLine("+", reason, style));
  }
  for (const caveat of area.caveats) {
    lines.push(`  ${style.yellow("⚠ Caveat:")} ${caveat.text} ${style.dim(`[${caveat.section}]`)}`);
    if (caveat.today) lines.push(`      ${style.yellow("Today:")} ${caveat.today}`);
  }
  if (area.openFacts.length > 0) {
    const questions = area.openFacts.slice(0, 3).map((fact) => knowledge.facts.get(fact)?.question ?? fact);
    lines.push(`  ${style.cyan("? Could still change with:")} ${area.openFacts.join(", ")}`);
    for (const question of questions) lines.push(`      ${style.dim(question)}`);
  }
  if (trace) {
    lines.push(`  ${style.bold("Trace")}`);
    for (const rule of area.trace) lines.push(...renderRuleTrace(rule, style));
  }
  return lines.join("\n") + "\n";
}

function reasonLine(sign: string, reason: Reason, style: Style): string {
  return `      ${sign} ${reason.text} ${style.dim(`[${reason.section}]`)}`;
}

const mark = (holds: ConditionTrace["holds"], style: Style) =>
  holds === true ? style.green("✓") : holds === false ? style.red("✗") : style.yellow("?");

export function renderRuleTrace(rule: RuleTrace, style: Style): string[] {
  const status = rule.status === "fired" ? style.green("fired") : rule.status === "failed" ? style.dim("did not fire") : style.yellow("open");
  const lines = [`    ${rule.rule} → ${rule.event}${rule.answer ? ` ${rule.answer}` : ""}: ${status}`];
  const walk = (node: ConditionTrace, depth: number) => {
    const indent = "      " + "  ".repeat(depth);
    if ("all" in node || "any" in node) {
      const kind = "all" in node ? "all of" : "any of";
      lines.push(`${indent}${mark(node.holds, style)} ${kind}:`);
      for (const child of "all" in node ? node.all : node.any) walk(child, depth + 1);
    } else if ("not" in node) {
      lines.push(`${indent}${mark(node.holds, style)} not:`);
      walk(node.not, depth + 1);
    } else {
      const seen = node.holds === "unknown" ? "unknown" : JSON.stringify(node.seen);
      lines.push(`${indent}${mark(node.holds, style)} ${node.fact} ${node.operator} ${JSON.stringify(node.value)} ${style.dim(`(seen: ${seen})`)}`);
    }
  };
  walk(rule.conditions, 0);
  return lines;
}

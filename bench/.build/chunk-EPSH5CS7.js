import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/text/render-evaluation.ts
function renderEvaluation(evaluation, knowledge, options) {
  if (evaluation.areas.length === 0) return "No decision area reads any of the facts given, so there is nothing to recommend.\n";
  return evaluation.areas.map((area) => renderArea(area, knowledge, options)).join("\n");
}
function renderArea(area, knowledge, { style, trace }) {
  const lines = [style.bold(`${area.title}`) + style.dim(`  [${area.area}]`)];
  const name = (id) => knowledge.answers.get(id)?.name ?? id;
  if (area.chosen.length === 0) {
    lines.push(`  ${style.yellow("No recommendation yet:")} the facts given do not favour any answer.`);
  }
  for (const id of area.chosen) {
    const ranked = area.ranking.find((r) => r.answer === id);
    lines.push(`  ${style.green("\u2714 Recommended:")} ${style.bold(name(id))} ${style.dim(`(${id}, score ${ranked.score})`)}`);
    for (const reason of ranked.reasonsFor) lines.push(reasonLine("+", reason, style));
    for (const reason of ranked.reasonsAgainst) lines.push(reasonLine("\u2212", reason, style));
  }
  for (const rejected of area.rejected) {
    lines.push(`  ${style.red("\u2718 Not:")} ${name(rejected.answer)} ${style.dim(`(${rejected.answer}, score ${rejected.score})`)}`);
    if (rejected.reasonsAgainst.length === 0) {
      const winner = area.chosen[0];
      lines.push(
        `      ${style.dim(
          winner ? `Nothing here speaks against it; ${name(winner)} simply fits these facts better.` : "Nothing in the facts given speaks for or against it."
        )}`
      );
    }
    for (const reason of rejected.reasonsAgainst) lines.push(reasonLine("\u2212", reason, style));
    for (const reason of rejected.reasonsFor) lines.push(reasonLine("+", reason, style));
  }
  for (const caveat of area.caveats) {
    lines.push(`  ${style.yellow("\u26A0 Caveat:")} ${caveat.text} ${style.dim(`[${caveat.section}]`)}`);
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
function reasonLine(sign, reason, style) {
  return `      ${sign} ${reason.text} ${style.dim(`[${reason.section}]`)}`;
}
var mark = (holds, style) => holds === true ? style.green("\u2713") : holds === false ? style.red("\u2717") : style.yellow("?");
function renderRuleTrace(rule, style) {
  const status = rule.status === "fired" ? style.green("fired") : rule.status === "failed" ? style.dim("did not fire") : style.yellow("open");
  const lines = [`    ${rule.rule} \u2192 ${rule.event}${rule.answer ? ` ${rule.answer}` : ""}: ${status}`];
  const walk = (node, depth) => {
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

export {
  renderEvaluation,
  renderRuleTrace
};

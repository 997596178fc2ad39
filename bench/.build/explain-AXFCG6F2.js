import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  styleFor
} from "./chunk-IGGSOWQI.js";
import {
  KNOWLEDGE_HELP,
  knowledgeOptions,
  requireKnowledge
} from "./chunk-J7IBAFOG.js";
import {
  EXIT
} from "./chunk-T6NUBACX.js";
import {
  closest
} from "./chunk-4GMANDLW.js";
import "./chunk-DAEZASC3.js";
import "./chunk-HZCKYSJH.js";
import {
  UserError
} from "./chunk-AU2UU52M.js";
import "./chunk-T5FWLUUZ.js";
import "./chunk-HLXJHIXV.js";
import "./chunk-KPOE4I3O.js";

// src/commands/explain.ts
import { parseArgs } from "node:util";

// src/text/render-knowledge.ts
var OPERATOR_WORDS = {
  equal: "is",
  notEqual: "is not",
  in: "is one of",
  notIn: "is none of",
  contains: "includes",
  doesNotContain: "does not include",
  lessThan: "<",
  lessThanInclusive: "\u2264",
  greaterThan: ">",
  greaterThanInclusive: "\u2265"
};
function conditionInWords(condition, knowledge) {
  if ("all" in condition) return join(condition.all.map((c) => conditionInWords(c, knowledge)), " and ");
  if ("any" in condition) return join(condition.any.map((c) => conditionInWords(c, knowledge)), " or ");
  if ("not" in condition) return `not (${conditionInWords(condition.not, knowledge)})`;
  const fact = knowledge.facts.get(condition.fact);
  const unit = fact?.type === "number" ? ` ${fact.unit}` : "";
  const value = typeof condition.value === "object" && condition.value !== null && !Array.isArray(condition.value) ? `the value of ${condition.value.fact}` : Array.isArray(condition.value) ? condition.value.join(", ") : String(condition.value);
  return `${condition.fact} ${OPERATOR_WORDS[condition.operator] ?? condition.operator} ${value}${unit}`;
}
function join(parts, glue) {
  return parts.length === 1 ? parts[0] : `(${parts.join(glue)})`;
}
function ruleInWords(rule, knowledge, style) {
  const event = rule.event;
  const target = event.params.answer ? knowledge.answers.get(event.params.answer)?.name ?? event.params.answer : "";
  const verb = event.type === "recommend" ? style.green(`recommend ${target} (+${event.params.weight})`) : event.type === "avoid" ? style.red(`avoid ${target} (\u2212${event.params.weight})`) : style.yellow(`caveat${target ? ` on ${target}` : ""}`);
  const condition = conditionInWords(rule.conditions, knowledge).replace(/^\((.*)\)$/, "$1");
  const lines = [`  ${style.bold(rule.name)}`, `    if ${condition}`, `    then ${verb}`, `    because ${event.params.reason} ${style.dim(`[${event.params.section}]`)}`];
  if (event.type === "caveat" && event.params.today) lines.push(`    today: ${event.params.today}`);
  return lines;
}
function renderArea(areaId, knowledge, style) {
  const area = knowledge.areas.get(areaId);
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
function leafFacts(condition) {
  if ("all" in condition) return condition.all.flatMap(leafFacts);
  if ("any" in condition) return condition.any.flatMap(leafFacts);
  if ("not" in condition) return leafFacts(condition.not);
  return [condition.fact];
}
function renderAnswer(answerId, knowledge, style) {
  const answer = knowledge.answers.get(answerId);
  const lines = [style.bold(answer.name) + style.dim(`  [${answer.id}, ${answer.kind}]`)];
  if (answer.aliases.length > 0) lines.push(`Also called: ${answer.aliases.join(", ")}`);
  const section = knowledge.sections.get(answer.section);
  lines.push(`From the note: ${answer.section}`);
  if (section?.body) {
    const body = section.body.split("\n").filter((l) => l.trim()).slice(0, 12);
    lines.push(...body.map((l) => style.dim(`  \u2502 ${l}`)));
  }
  for (const area of knowledge.areas.values()) {
    const rules = area.rules.filter((r) => r.event.params.answer === answerId);
    if (rules.length === 0) continue;
    lines.push("", style.bold(`In ${area.title}`) + style.dim(`  [${area.area}]`));
    for (const rule of rules) lines.push(...ruleInWords(rule, knowledge, style));
  }
  return lines.join("\n") + "\n";
}
function renderList(topic, knowledge, style) {
  switch (topic) {
    case "areas":
      return [...knowledge.areas.values()].map((a) => `${style.bold(a.area)}  ${a.title}
    ${style.dim(a.summary)}`).join("\n") + "\n";
    case "answers":
      return [...knowledge.answers.values()].map((a) => `${style.bold(a.id)}  ${a.name} ${style.dim(`[${a.section}]`)}`).join("\n") + "\n";
    case "facts":
      return [...knowledge.facts.values()].map((f) => `${style.bold(f.name)} ${style.dim(`(${f.type}; ${f.areas.join(", ")})`)}
    ${f.question}`).join("\n") + "\n";
    case "sections":
      return [...knowledge.sections.values()].map((s) => `${"  ".repeat(Math.max(0, s.level - 2))}${s.title}`).join("\n") + "\n";
  }
}

// src/commands/explain.ts
var EXPLAIN_HELP = `Usage: aws-scenario explain <answer-id | area | areas | answers | facts | sections> [options]

Shows what the tool knows. For an answer: its names, the note section it comes from
(quoted), and every rule that recommends it, advises against it or warns about it.
For a decision area: its answers, the facts it reads with the questions the wizard
asks, and every rule in words. The plural topics list everything of that kind.

Options:
${KNOWLEDGE_HELP}
  -h, --help        show this help

Examples:
  aws-scenario explain elasticache-redis
  aws-scenario explain beanstalk-deployment
  aws-scenario explain areas
`;
var LISTS = ["areas", "answers", "facts", "sections"];
async function runExplain(args, io) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: "boolean", short: "h" }, ...knowledgeOptions } });
  if (values.help) {
    io.out(EXPLAIN_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UserError("explain takes one topic; see `aws-scenario explain --help`");
  const topic = positionals[0];
  const knowledge = requireKnowledge(values, io.cwd);
  const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
  if (LISTS.includes(topic)) io.out(renderList(topic, knowledge, style));
  else if (knowledge.areas.has(topic)) io.out(renderArea(topic, knowledge, style));
  else if (knowledge.answers.has(topic)) io.out(renderAnswer(topic, knowledge, style));
  else throw new UserError(`'${topic}' is neither an answer id nor a decision area; ${closest(topic, [...knowledge.answers.keys(), ...knowledge.areas.keys()])}`);
  return EXIT.ok;
}
export {
  EXPLAIN_HELP,
  runExplain
};

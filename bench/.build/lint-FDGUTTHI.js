import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  styleFor
} from "./chunk-IGGSOWQI.js";
import {
  KNOWLEDGE_HELP,
  knowledgeOptions,
  rulesDirs
} from "./chunk-J7IBAFOG.js";
import {
  EXIT
} from "./chunk-T6NUBACX.js";
import {
  loadKnowledge
} from "./chunk-DAEZASC3.js";
import {
  leafConditions
} from "./chunk-HZCKYSJH.js";
import {
  formatProblem
} from "./chunk-AU2UU52M.js";
import "./chunk-T5FWLUUZ.js";
import "./chunk-HLXJHIXV.js";
import "./chunk-KPOE4I3O.js";

// src/commands/lint.ts
import { parseArgs } from "node:util";

// src/core/lint.ts
function lintRules(dirs) {
  const { knowledge, problems } = loadKnowledge(dirs, { strictParse: true });
  problems.push(...lintKnowledge(knowledge));
  const rules = [...knowledge.areas.values()].reduce((total, area) => total + area.rules.length, 0);
  return {
    problems,
    counts: { areas: knowledge.areas.size, rules, answers: knowledge.answers.size, facts: knowledge.facts.size }
  };
}
function lintKnowledge(knowledge) {
  const problems = [];
  const recommended = /* @__PURE__ */ new Set();
  const factsRead = /* @__PURE__ */ new Set();
  for (const area of knowledge.areas.values()) {
    const avoided = /* @__PURE__ */ new Set();
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
    if (area.choose === "one") {
      for (const answer of area.answers)
        if (!avoided.has(answer))
          problems.push({
            file: area.file,
            where: `answers '${answer}'`,
            message: `no rule says why not '${answer}' when another answer wins`,
            fix: "add an 'avoid' rule with its own reason",
            severity: "warning"
          });
    }
  }
  for (const answer of knowledge.answers.values())
    if (!recommended.has(answer.id))
      problems.push({ file: "answers/", where: `answer '${answer.id}'`, message: `no rule ever recommends '${answer.id}'`, fix: "add a 'recommend' rule for it or remove it", severity: "warning" });
  for (const fact of knowledge.facts.values())
    if (!factsRead.has(fact.name))
      problems.push({ file: "facts/", where: `fact '${fact.name}'`, message: `no rule reads fact '${fact.name}'`, fix: "use it in a rule or remove it", severity: "warning" });
  return problems;
}
function whyNeverFires(condition, facts) {
  const required = requiredLeaves(condition);
  const byFact = /* @__PURE__ */ new Map();
  for (const leaf of required) byFact.set(leaf.fact, [...byFact.get(leaf.fact) ?? [], leaf]);
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
      if (low > high || low === high && (lowOpen || highOpen))
        return `no value of '${name}' (${fact.unit}${fact.min !== void 0 || fact.max !== void 0 ? `, allowed ${fact.min ?? "-\u221E"}\u2026${fact.max ?? "\u221E"}` : ""}) satisfies all its conditions`;
    }
  }
  if ("any" in condition && condition.any.every((child) => whyNeverFires(child, facts) !== void 0))
    return "none of its 'any' branches can hold";
  return void 0;
}
function requiredLeaves(condition) {
  if ("all" in condition) return condition.all.flatMap(requiredLeaves);
  if ("any" in condition || "not" in condition) return [];
  return [condition];
}

// src/commands/lint.ts
var LINT_HELP = `Usage: aws-scenario lint [options]

Validates the rules: schema of every file, unknown facts and answer ids, note sections
that are not headings of the study note, duplicate rule names, forbidden keys such as
\`path\`, rules that can never fire (warning: answers no rule recommends, facts no rule
reads, answers without a why-not rule).

Options:
  --strict          treat warnings as failures (exit 1)
  --json            print the problems as JSON
${KNOWLEDGE_HELP}
  -h, --help        show this help

Exit codes: 0 no errors, 1 warnings with --strict, 2 errors.

Examples:
  aws-scenario lint
  aws-scenario lint --rules ./team-rules
  aws-scenario lint --rules-only --rules ./standalone-rules --strict
`;
async function runLint(args, io) {
  const { values } = parseArgs({
    args,
    options: { strict: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" }, ...knowledgeOptions }
  });
  if (values.help) {
    io.out(LINT_HELP);
    return EXIT.ok;
  }
  const report = lintRules(rulesDirs(values, io.cwd));
  const errors = report.problems.filter((p) => p.severity === "error");
  const warnings = report.problems.filter((p) => p.severity === "warning");
  if (values.json) {
    io.out(JSON.stringify({ counts: report.counts, errors, warnings }, null, 2) + "\n");
  } else {
    const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
    for (const problem of report.problems) io.out(formatProblem(problem) + "\n");
    const { areas, rules, answers, facts } = report.counts;
    const summary = `${areas} areas, ${rules} rules, ${answers} answers, ${facts} facts: ${errors.length} errors, ${warnings.length} warnings`;
    io.out((errors.length > 0 ? style.red(summary) : warnings.length > 0 ? style.yellow(summary) : style.green(summary)) + "\n");
  }
  if (errors.length > 0) return EXIT.invalid;
  return values.strict && warnings.length > 0 ? EXIT.failed : EXIT.ok;
}
export {
  LINT_HELP,
  runLint
};

import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  readCheckInput
} from "./chunk-LTJJCUGL.js";
import {
  Evaluator
} from "./chunk-AK4YB6WT.js";
import {
  checkExpectations
} from "./chunk-4GMANDLW.js";
import {
  readTextFile
} from "./chunk-HZCKYSJH.js";

// src/core/batch/compiled-engine.ts
var isNumberLike = (value) => Number.parseFloat(value).toString() !== "NaN";
var OPERATORS = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => b.indexOf(a) > -1,
  notIn: (a, b) => b.indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumberLike(a) && a < b,
  lessThanInclusive: (a, b) => isNumberLike(a) && a <= b,
  greaterThan: (a, b) => isNumberLike(a) && a > b,
  greaterThanInclusive: (a, b) => isNumberLike(a) && a >= b
};
var CompiledAreaEngine = class {
  rules;
  constructor(area) {
    this.rules = area.rules;
  }
  run(facts) {
    const results = [];
    const failureResults = [];
    for (const rule of this.rules) {
      const conditions = evaluate(rule.conditions, facts);
      const ruleResult = { name: rule.name, priority: rule.priority ?? 1, event: rule.event, conditions, result: conditions.result };
      (conditions.result ? results : failureResults).push(ruleResult);
    }
    return { results, failureResults, events: results.map((r) => r.event), failureEvents: failureResults.map((r) => r.event) };
  }
};
function read(facts, name) {
  return Object.hasOwn(facts, name) ? facts[name] : void 0;
}
function evaluate(node, facts) {
  if ("all" in node) {
    const all = node.all.map((child) => evaluate(child, facts));
    return { all, priority: 1, result: all.every((child) => child.result) };
  }
  if ("any" in node) {
    const any = node.any.map((child) => evaluate(child, facts));
    return { any, priority: 1, result: any.some((child) => child.result) };
  }
  if ("not" in node) {
    const not = evaluate(node.not, facts);
    return { not, priority: 1, result: !not.result };
  }
  const factResult = read(facts, node.fact);
  const value = node.value;
  const valueResult = typeof value === "object" && value !== null && !Array.isArray(value) ? read(facts, value.fact) : value;
  return { fact: node.fact, operator: node.operator, value, factResult, valueResult, result: OPERATORS[node.operator](factResult, valueResult) };
}

// src/core/batch/results.ts
var NO_AREA = "(no area)";
var SEVERAL_AREAS = "(several areas)";
var OUT_OF_SCOPE = "(out of scope)";
var INVALID_GROUP = "(invalid)";

// src/core/batch/evaluate-file.ts
var RecordingEvaluator = class extends Evaluator {
  recording;
  /** The first evaluation since the last reset: a question's, kept to explain a wrong answer. */
  first;
  ruleSections;
  constructor(knowledge, engine) {
    super(knowledge, engine === "reference" ? void 0 : (area) => new CompiledAreaEngine(area));
    this.ruleSections = new Map(
      [...knowledge.areas.values()].flatMap((area) => area.rules.map((rule) => [`${area.area}/${rule.name}`, rule.event.params.section]))
    );
  }
  async evaluate(facts, areaIds, options) {
    const evaluation = await super.evaluate(facts, areaIds, options);
    this.first ??= evaluation;
    const recording = this.recording;
    if (recording) {
      for (const area of evaluation.areas) {
        for (const rule of area.trace) {
          if (rule.status !== "fired") continue;
          const key = `${area.area}/${rule.rule}`;
          recording.rules.add(key);
          const section = this.ruleSections.get(key);
          if (section) recording.sections.add(section);
        }
        for (const id of area.chosen) {
          const section = this.knowledge.answers.get(id)?.section;
          if (section) recording.sections.add(section);
        }
      }
    }
    return evaluation;
  }
};
var FileEvaluator = class {
  constructor(knowledge, options = {}) {
    this.knowledge = knowledge;
    this.options = options;
    this.evaluator = new RecordingEvaluator(knowledge, options.engine);
    for (const area of knowledge.areas.values())
      for (const answer of area.answers) this.areasOfAnswer.set(answer, [...this.areasOfAnswer.get(answer) ?? [], area.area]);
  }
  knowledge;
  options;
  evaluator;
  answerQuestion;
  areasOfAnswer = /* @__PURE__ */ new Map();
  /** Never throws for a bad file: unreadable or invalid content becomes an "invalid" result. One file at a time. */
  async run(file) {
    const started = performance.now();
    if (this.options.coverage) this.evaluator.recording = { rules: /* @__PURE__ */ new Set(), sections: /* @__PURE__ */ new Set() };
    this.evaluator.first = void 0;
    const result = await this.evaluateFile(file);
    const recording = this.evaluator.recording;
    this.evaluator.recording = void 0;
    const ms = Math.round((performance.now() - started) * 1e3) / 1e3;
    const touched = recording && result.kind !== "invalid" ? { touched: { rules: [...recording.rules].sort(), sections: [...recording.sections].sort() } } : {};
    return { ...result, ms, ...touched };
  }
  async evaluateFile(file) {
    const read2 = readTextFile(file.path);
    if (!read2.ok) return invalid(file, read2.problems.map((problem) => ({ ...problem, file: file.display })));
    const input = readCheckInput(file.display, read2.text, this.knowledge);
    if (!input.ok) return invalid(file, input.problems);
    return input.kind === "scenario" ? this.scenario(file, input.scenario) : this.question(file, input.question);
  }
  async scenario(file, scenario) {
    const evaluation = await this.evaluator.evaluate(scenario.facts, scenario.areas.length > 0 ? scenario.areas : void 0);
    const expectation = scenario.expect ? checkExpectations(scenario.expect, evaluation, this.knowledge) : void 0;
    const failed = expectation !== void 0 && !expectation.passed;
    return {
      kind: "scenario",
      file: file.display,
      status: failed ? "failed" : "passed",
      area: this.scenarioArea(scenario, evaluation),
      ms: 0,
      name: scenario.name,
      checked: expectation !== void 0,
      recommended: evaluation.areas.map((area) => ({ area: area.area, answers: area.chosen })),
      failures: expectation?.failures ?? [],
      ...failed ? { evaluation, expect: scenario.expect } : {}
    };
  }
  /** The declared area(s); else the evaluated areas that offer an expected answer; else every evaluated area. */
  scenarioArea(scenario, evaluation) {
    if (scenario.areas.length > 0) return areaLabel(scenario.areas);
    const evaluated = evaluation.areas.map((area) => area.area);
    const expected = /* @__PURE__ */ new Set([...scenario.expect?.recommend ?? [], ...scenario.expect?.avoid ?? [], ...scenario.expect?.caveats ?? []]);
    const offering = evaluation.areas.filter((area) => area.ranking.some((r) => expected.has(r.answer))).map((area) => area.area);
    return areaLabel(offering.length > 0 ? offering : evaluated);
  }
  /**
   * The area of the keyed answer: where the right option's answers live (narrowed to the areas the
   * question was read as, when that still leaves some). Without a key, the areas the question was read as.
   */
  questionArea(question, outcome) {
    if (question.expected === "out-of-scope") return OUT_OF_SCOPE;
    const keyed = question.expected ?? [];
    const answers = outcome.options.filter((option) => keyed.includes(option.letter)).flatMap((option) => option.answers);
    let areas = [...new Set(answers.flatMap((answer) => this.areasOfAnswer.get(answer) ?? []))];
    const read2 = areas.filter((area) => outcome.areas.includes(area));
    if (read2.length > 0) areas = read2;
    if (areas.length === 0) areas = [...outcome.areas];
    return areaLabel(areas);
  }
  async question(file, question) {
    this.answerQuestion ??= (await import("./answer-question-PETBRNJW.js")).answerQuestion;
    const outcome = await this.answerQuestion(question, this.knowledge, this.evaluator);
    const expected = question.expected;
    const scope = expected === void 0 ? "unknown" : expected === "out-of-scope" ? "out" : "in";
    const verdict = expected === void 0 ? outcome.abstained ? "abstained" : "unchecked" : outcome.correct ? "right" : outcome.abstained && scope === "in" ? "abstained" : "wrong";
    const status = verdict === "wrong" ? "failed" : verdict === "abstained" ? "abstained" : "passed";
    return {
      kind: "question",
      file: file.display,
      status,
      area: this.questionArea(question, outcome),
      ms: 0,
      name: firstLine(question.stem),
      verdict,
      scope,
      answer: outcome.answer,
      ...expected !== void 0 ? { expected } : {},
      ...outcome.abstainReason ? { abstainReason: outcome.abstainReason } : {},
      ...verdict === "wrong" ? { outcome, ...this.evaluator.first ? { evaluation: this.evaluator.first } : {} } : {}
    };
  }
};
function invalid(file, problems) {
  return { kind: "invalid", file: file.display, status: "invalid", area: INVALID_GROUP, ms: 0, problems };
}
function areaLabel(areas) {
  const unique = [...new Set(areas)].sort();
  if (unique.length === 0) return NO_AREA;
  return unique.length <= 3 ? unique.join(" + ") : SEVERAL_AREAS;
}
function firstLine(text) {
  const line = text.trim().split(/\r?\n/)[0] ?? "";
  return line.length > 100 ? `${line.slice(0, 99)}\u2026` : line;
}

export {
  NO_AREA,
  SEVERAL_AREAS,
  OUT_OF_SCOPE,
  INVALID_GROUP,
  FileEvaluator
};

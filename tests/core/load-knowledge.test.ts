import { describe, expect, it } from "vitest";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";
import { formatProblem } from "../../src/core/problems.js";
import { MINI_RULES, miniRulesWith } from "../helpers.js";

const AREA = "areas/messaging.json";
const firstRule = (change: (rule: any) => void) => ({
  file: AREA,
  change: (area: any) => {
    change(area.rules[0]);
    return area;
  },
});

/** Loads a broken copy and returns its problems as the user would read them, with the temp path hidden. */
function problemsOf(edit: Parameters<typeof miniRulesWith>[0]): string[] {
  const dir = miniRulesWith(edit);
  return loadKnowledge([dir]).problems.map((p) => formatProblem({ ...p, file: p.file.replace(dir, "<rules>") }));
}

describe("loadKnowledge", () => {
  it("loads the mini rules cleanly", () => {
    const { knowledge, problems } = loadKnowledge([MINI_RULES]);
    expect(problems).toEqual([]);
    expect([...knowledge.areas.keys()]).toEqual(["messaging"]);
    expect(knowledge.answers.get("topic")?.aliases).toEqual(["pub/sub topic"]);
  });

  it("refuses a condition with a jsonpath `path`, saying why", () => {
    const messages = problemsOf(firstRule((rule) => (rule.conditions.all[0].path = "$..[?(@.constructor.constructor('return process')().exit(9))]")));
    expect(messages.join("\n")).toMatch(/unknown key 'path'[\s\S]*jsonpath-plus, which can run code/);
    expect(messages).toMatchSnapshot();
  });

  it("refuses `path` inside a { fact } value reference too", () => {
    const messages = problemsOf(firstRule((rule) => (rule.conditions.all[0].value = { fact: "delivery", path: "$.x" })));
    expect(messages.join("\n")).toContain("jsonpath-plus");
  });

  it.each([
    ["a misspelled key", firstRule((rule) => (rule.evnt = rule.event))],
    ["an unknown fact", firstRule((rule) => (rule.conditions.all[0].fact = "delivry"))],
    ["an unknown answer", firstRule((rule) => (rule.event.params.answer = "queues"))],
    ["a section that is not a heading", firstRule((rule) => (rule.event.params.section = "Queue"))],
    ["a recommendation without a reason", firstRule((rule) => delete rule.event.params.reason)],
    ["a recommendation without a source", firstRule((rule) => delete rule.event.params.section)],
    ["an operator outside the built-in set", firstRule((rule) => (rule.conditions.all[0].operator = "regex"))],
    ["a zero priority", firstRule((rule) => (rule.priority = 0))],
    ["an enum value the fact does not allow", firstRule((rule) => (rule.conditions.all[0].value = "poll"))],
    ["conditions nested too deep", firstRule((rule) => {
      let condition: any = rule.conditions.all[0];
      for (let i = 0; i < 8; i++) condition = { all: [condition] };
      rule.conditions = condition;
    })],
    ["duplicate rule names", { file: AREA, change: (area: any) => ({ ...area, rules: [...area.rules, area.rules[0]] }) }],
    ["a fact named __proto__", { file: "facts/mini.json", change: (f: any) => ({ facts: [...f.facts, { ...f.facts[1], name: "__proto__" }] }) }],
    ["JSON with a syntax error", { file: AREA, text: '{\n  "area": "messaging",\n  "title": "x" "summary": "y"\n}\n' }],
  ])("explains %s with file, place and fix", (_label, edit) => {
    const messages = problemsOf(edit);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatch(/^<rules>\/(areas|facts|answers)\/\w+\.json(:\d+:\d+)?: /);
    expect(messages).toMatchSnapshot();
  });

  it("skips only the broken area and keeps the rest", () => {
    const dir = miniRulesWith(firstRule((rule) => (rule.conditions.all[0].fact = "nope")));
    const { knowledge, problems } = loadKnowledge([builtInRulesDir(), dir]);
    expect(problems.some((p) => p.message.includes("unknown fact 'nope'"))).toBe(true);
    expect(knowledge.areas.has("messaging")).toBe(false);
    expect(knowledge.areas.has("elasticache-engine")).toBe(true);
  });

  it("lets a later directory override an answer of an earlier one by id", () => {
    const dir = miniRulesWith({ file: "answers/mini.json", change: (a: any) => ({ answers: [{ ...a.answers[0], name: "Renamed queue" }, ...a.answers.slice(1)] }) });
    const { knowledge } = loadKnowledge([MINI_RULES, dir]);
    expect(knowledge.answers.get("queue")?.name).toBe("Renamed queue");
  });
});

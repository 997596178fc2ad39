// Walks through the five headline decisions with keys, as a person would, and checks that the wizard
// recommends what the Evaluator recommends for the same facts.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "ink-testing-library";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../src/commands/check.js";
import { Evaluator, type FactValue } from "../../src/core/evaluate.js";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";
import { choicesFor } from "../../src/ui/choices.js";
import { areaRows, initialState } from "../../src/ui/wizard-state.js";
import { flat, isResult, KEY, liveQuestion, recommendedNames, startWizard, type Wizard } from "./harness.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);
const evaluator = new Evaluator(knowledge);

afterEach(() => cleanup());

/** Answers chosen for each headline area; any other question gets its first choice. */
const SCRIPTS: Record<string, Record<string, FactValue>> = {
  "elasticache-engine": { needsCacheRedundancy: true },
  "rds-availability": { needsDisasterRecovery: true, needsReadScaling: false, analyticsLoad: false, readHeavy: false },
  kinesis: { streamDataKind: "data", needsCustomRealtimeProcessing: true, deliverToDataStore: false, processWithLambda: true },
  "messaging-service": { deliveryModel: "push", fanOutToQueues: true, notifyChannels: ["sqs"] },
  "beanstalk-deployment": { environmentStage: "production", missionCritical: true },
};

function factAsked(area: string, screen: string): string {
  const flat = screen.replace(/\s+/g, " ");
  const matches = [...knowledge.facts.values()].filter((f) => f.areas.includes(area) && flat.includes(f.question.slice(0, 30)));
  if (matches.length !== 1) throw new Error(`cannot tell which question is shown:\n${screen}`);
  return matches[0]!.name;
}

function firstChoice(name: string): FactValue {
  const definition = knowledge.facts.get(name)!;
  if (definition.type === "enum-list") return [];
  if (definition.type === "number") return definition.min ?? 0;
  return choicesFor(definition)[0]!.value!;
}

/** Moves to the wanted rows and answers, with arrows (and j for variety), Space and Enter. */
async function answer(wizard: Wizard, name: string, value: FactValue) {
  const definition = knowledge.facts.get(name)!;
  const choices = choicesFor(definition);
  if (definition.type === "number") return wizard.type(`${value}\r`);
  let cursor = 0;
  const goTo = async (row: number) => {
    for (; cursor < row; cursor++) await wizard.press(cursor % 2 === 0 ? KEY.down : "j");
  };
  if (definition.type === "enum-list") {
    for (const item of value as string[]) {
      await goTo(choices.findIndex((c) => c.value === item));
      await wizard.press(" ");
    }
  } else await goTo(choices.findIndex((c) => c.value === value));
  await wizard.press(KEY.enter);
}

async function walk(area: string): Promise<{ facts: Record<string, FactValue>; names: string[]; keys: number; answerKeys: number; questions: number }> {
  const wizard = startWizard(knowledge);
  await wizard.waitFor((f) => f.includes("What do you want to decide?"), "the area list");
  const rows = areaRows({ knowledge }, initialState({ knowledge }).screen as never);
  const row = rows.findIndex((r) => r.kind === "area" && r.id === area);
  for (let i = 0; i < row; i++) await wizard.press(KEY.down);
  await wizard.press(KEY.enter);
  const picking = wizard.keystrokes;

  const facts: Record<string, FactValue> = {};
  for (let number = 1; ; number++) {
    const screen = await wizard.waitFor((f) => liveQuestion(f, number) !== undefined || isResult(f), `question ${number} or the result`);
    if (isResult(screen)) return { facts, names: recommendedNames(screen), keys: wizard.keystrokes, answerKeys: wizard.keystrokes - picking, questions: number - 1 };
    const name = factAsked(area, liveQuestion(screen, number)!);
    const value = SCRIPTS[area]![name] ?? firstChoice(name);
    facts[name] = value;
    await answer(wizard, name, value);
    if (number > 30) throw new Error("the wizard keeps asking");
  }
}

describe("walking through the headline decisions with keys", () => {
  it.each(Object.keys(SCRIPTS))("%s reaches the same recommendation as the Evaluator", async (area) => {
    const { facts, names, keys, answerKeys, questions } = await walk(area);
    const verdict = (await evaluator.evaluate(facts, [area])).areas[0]!;
    expect(verdict.chosen.length).toBeGreaterThan(0);
    expect(names).toEqual(verdict.chosen.map((id) => knowledge.answers.get(id)!.name));
    // Only questions that could still matter were asked: never more than the area reads.
    expect(questions).toBeLessThanOrEqual(knowledge.areas.get(area)!.rules.length);
    if (process.env.WIZARD_KEYS) console.info(`${area}: ${questions} questions, ${answerKeys} keys to answer, ${keys} from the area list`, JSON.stringify(facts));
  });
});

describe("explaining, going back and saving", () => {
  it("explains the question with ?, keeps answers above, goes back to change one, and saves a scenario check accepts", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "wizard-"));
    const wizard = startWizard(knowledge, { area: "elasticache-engine", cwd });
    await wizard.waitFor((f) => liveQuestion(f, 1) !== undefined, "the first question");

    await wizard.press("?");
    const why = flat(await wizard.waitFor((f) => f.includes("Each answer would lead to") && !f.includes("working it out"), "the explanation"));
    expect(why).toContain("Why this question?");
    expect(why).toContain("counts against ElastiCache for Memcached (−8) when Yes");
    expect(why).toContain("→ Yes: ElastiCache for Redis");
    expect(why).toContain("→ No: leaning ElastiCache for Memcached");

    await wizard.press(KEY.enter); // Yes
    let screen = await wizard.waitFor(isResult, "the result");
    expect(recommendedNames(screen)).toEqual(["ElastiCache for Redis"]);
    expect(screen).toContain("✔ Must the cache itself be redundant");
    await wizard.waitFor((f) => flat(f).includes("Availability Zone? Yes → No: ElastiCache for Memcached instead"), "what would change it");

    await wizard.press("t");
    await wizard.waitFor((f) => f.includes("Condition trace") && f.includes("redis-for-multi-az"), "the trace");

    await wizard.press(KEY.escape);
    await wizard.waitFor((f) => flat(f).includes("↩ Back to: Must the cache") && liveQuestion(f, 1) !== undefined, "the question again");
    await wizard.press(KEY.down);
    await wizard.press(KEY.enter); // No: Memcached leads, but other needs could still overturn it
    screen = await wizard.waitFor((f) => liveQuestion(f, 2) !== undefined, "a second question");
    expect(screen).toMatch(/│ Leaning +│\n.*│ ElastiCache for +│\n.*│ Memcached, \d+ reasons? so +│/); // the side panel
    await wizard.press("n");
    await wizard.waitFor((f) => liveQuestion(f, 3) !== undefined || isResult(f), "the next step");

    // Skip the rest, then save.
    for (let number = 3; ; number++) {
      const current = await wizard.waitFor((f) => liveQuestion(f, number) !== undefined || isResult(f), `question ${number}`);
      if (isResult(current)) break;
      await wizard.press("n");
    }
    await wizard.press("s");
    await wizard.waitFor((f) => f.includes("File: ./elasticache-engine-"), "the save prompt");
    await wizard.press(KEY.ctrlU);
    await wizard.type("mine.yaml");
    await wizard.press(KEY.enter);
    await wizard.waitFor((f) => f.includes("Saved mine.yaml"), "the saved notice");

    const saved = readFileSync(join(cwd, "mine.yaml"), "utf8");
    expect(saved).toContain("area: elasticache-engine");
    expect(saved).toContain("needsCacheRedundancy: false");
    const out: string[] = [];
    const code = await runCheck([join(cwd, "mine.yaml")], { out: (t) => out.push(t), err: () => {}, readStdin: () => "", stdoutIsTTY: false, env: {}, cwd });
    expect(out.join("")).toContain("PASS");
    expect(code).toBe(0);

    await wizard.press("q");
    await wizard.waitFor(() => wizard.exits.length > 0, "the exit");
    expect(wizard.exits).toEqual([0]);
  });

  it("exits with 130 on Ctrl+C", async () => {
    const wizard = startWizard(knowledge, { area: "kinesis" });
    await wizard.waitFor((f) => liveQuestion(f, 1) !== undefined, "the first question");
    await wizard.press(KEY.ctrlC);
    await wizard.waitFor(() => wizard.exits.length > 0, "the exit");
    expect(wizard.exits).toEqual([130]);
  });

  it("describes the situation in words, shows what was understood, and goes on from the confirmed facts", async () => {
    const readFacts = (text: string) =>
      text.includes("leaderboard") ? [{ name: "needsSortingRanking", value: true, evidence: "leaderboard" }] : [];
    const wizard = startWizard(knowledge, { readFacts });
    await wizard.waitFor((f) => f.includes("Describe your situation in your own words"), "the describe option");
    await wizard.press(KEY.enter);
    await wizard.type("A game leaderboard");
    await wizard.press(KEY.enter);
    const review = flat(await wizard.waitFor((f) => f.includes("From your description I understood:"), "the review"));
    expect(review).toContain("Do you sort or rank the cached data, for example a leaderboard? Yes");
    expect(review).toContain("“leaderboard”");
    await wizard.press(KEY.enter);
    const result = await wizard.waitFor(isResult, "the result");
    expect(recommendedNames(result)).toEqual(["ElastiCache for Redis"]);
  });
});

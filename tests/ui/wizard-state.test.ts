import { describe, expect, it } from "vitest";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";
import { areaRows, factsOf, initialState, reduceWizard, type WizardState } from "../../src/ui/wizard-state.js";
import { BACKSPACE, CTRL_C, DOWN, driver, ENTER, ESC, LEFT, NOW } from "./drive.js";
import { toyKnowledge } from "./toy-knowledge.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);
const real = driver(knowledge);
const toy = driver(toyKnowledge);

function question(state: WizardState): string | undefined {
  return state.screen.kind === "question" ? state.screen.fact : undefined;
}

describe("asking only what matters", () => {
  it("asks the most influential open fact first and stops as soon as the area is settled", async () => {
    const start = initialState(real.context, "elasticache-engine");
    expect(start.screen.kind).toBe("question");
    expect(question(start)).toBeUndefined();
    expect(start.evaluation.pending).toBe(true);

    const first = await real.run(start);
    expect(question(first)).toBe(first.verdict!.openFacts[0]);
    expect(question(first)).toBe("needsCacheRedundancy");

    const done = await real.run(first, { type: "answer", value: true });
    expect(done.screen.kind).toBe("result");
    expect(done.verdict!.chosen).toEqual(["elasticache-redis"]);
    expect(done.log.map((e) => e.kind)).toEqual(["area", "answer"]);
  });

  it("asks a fact it has been told already no more, and moves on after 'not sure' without asking it again", async () => {
    let state = await real.run(initialState(real.context, "elasticache-engine"));
    const asked: string[] = [];
    while (state.screen.kind === "question") {
      asked.push(question(state)!);
      state = await real.run(state, { type: "skip" });
    }
    expect(new Set(asked).size).toBe(asked.length);
    expect(state.screen.kind).toBe("result");
    expect(factsOf(state)).toEqual({});
    expect(state.verdict!.settled).toBe(false);
  });

  it("ignores an evaluation that arrives for facts that have changed since", async () => {
    const state = await real.run(initialState(real.context, "elasticache-engine"));
    const stale = state.verdict!;
    const answered = reduceWizard(real.context, state, { type: "answer", value: false });
    const after = reduceWizard(real.context, answered, { type: "evaluated", id: state.evaluation.id, verdict: stale });
    expect(after).toBe(answered);
  });
});

describe("going back", () => {
  it("reopens the last question with the earlier answer highlighted, and a new answer changes the result", async () => {
    const result = await real.run(initialState(real.context, "elasticache-engine"), { type: "answer", value: true });
    const back = await real.keys(result, ESC);
    expect(back.screen).toMatchObject({ kind: "question", fact: "needsCacheRedundancy", cursor: 0 });
    expect(back.answers).toEqual([]);
    expect(back.log.at(-1)).toMatchObject({ kind: "back" });

    const changed = await real.keys(back, DOWN, ENTER); // "No"
    expect(factsOf(changed)).toEqual({ needsCacheRedundancy: false });
    expect(changed.verdict!.chosen).toEqual(["elasticache-memcached"]);
  });

  it("leaves the area from its first question, back to the list with the area highlighted", async () => {
    const first = await real.run(initialState(real.context, "kinesis"));
    for (const key of [ESC, LEFT, BACKSPACE]) {
      const back = await real.keys(first, key);
      expect(back.screen.kind).toBe("areas");
      const rows = areaRows(real.context, back.screen as never);
      const cursor = (back.screen as { cursor: number }).cursor;
      expect(rows[cursor]).toMatchObject({ kind: "area", id: "kinesis" });
    }
  });
});

describe("the area list", () => {
  it("filters as you type, picks with Enter, and Esc clears the filter before it quits", async () => {
    let state = initialState(real.context);
    state = await real.keys(state, ..."kinesis".split(""));
    const rows = areaRows(real.context, state.screen as never);
    expect(rows.map((r) => (r.kind === "area" ? r.id : r.kind))).toEqual(["kinesis"]);
    const cleared = await real.keys(state, ESC);
    expect(cleared.screen).toMatchObject({ kind: "areas", filter: "" });
    expect((await real.keys(cleared, ESC)).exitCode).toBe(0);

    const picked = await real.keys(state, ENTER);
    expect(picked.area).toBe("kinesis");
    expect(picked.screen.kind).toBe("question");
  });

  it("offers 'describe your situation' only when a fact reader is given", () => {
    const without = areaRows(real.context, initialState(real.context).screen as never);
    expect(without.some((r) => r.kind === "describe")).toBe(false);
    const reader = driver(knowledge, () => []);
    expect(areaRows(reader.context, initialState(reader.context).screen as never)[0]).toEqual({ kind: "describe" });
  });
});

describe("answer types", () => {
  it("takes a typed number, refuses one outside the fact's range, and reads y/n and digits for yes/no", async () => {
    let state = await toy.run(initialState(toy.context, "boxes"));
    expect(question(state)).toBe("extras"); // weight 9+9 beats 3+4+2+1
    state = await toy.keys(state, "2", "1", " "); // digits tick rows 2 and 1; Space unticks the highlighted row 1
    expect(state.screen).toMatchObject({ picked: ["lid"] });
    state = await toy.keys(state, "1");
    expect(state.screen).toMatchObject({ picked: ["wheels", "lid"] });
    state = await toy.keys(state, ENTER);
    expect(factsOf(state)).toEqual({ extras: ["wheels", "lid"] });
    expect(state.screen.kind).toBe("result");

    let number = await toy.run(initialState(toy.context, "boxes"), { type: "answer", value: [] });
    expect(question(number)).toBe("sizeGB");
    number = await toy.keys(number, "1", "5", "0", ENTER);
    expect(number.screen).toMatchObject({ kind: "question", fact: "sizeGB", error: expect.stringContaining("above the maximum 100") });
    number = await toy.keys(number, BACKSPACE, BACKSPACE, ENTER); // "1"
    expect(factsOf(number)).toEqual({ extras: [], sizeGB: 1 });
    expect(number.verdict!.chosen).toEqual(["small-box"]);
  });

  it("splits a burst of keys that arrives as one input (fast typing, a script) into single keys", async () => {
    const no = await real.keys(initialState(real.context, "elasticache-engine"), "j\r");
    expect(factsOf(no)).toEqual({ needsCacheRedundancy: false });
    const list = await toy.run(initialState(toy.context, "boxes"));
    const ticked = await toy.keys(list, "j \r"); // down to "A lid", tick it, confirm
    expect(factsOf(ticked)).toEqual({ extras: ["lid"] });
    const interrupted = await real.keys(initialState(real.context, "elasticache-engine"), "j\u0003");
    expect(interrupted.exitCode).toBe(130);
  });

  it("answers yes/no questions with y and n", async () => {
    const yes = await real.keys(initialState(real.context, "elasticache-engine"), "y");
    expect(factsOf(yes)).toEqual({ needsCacheRedundancy: true });
    const no = await real.keys(initialState(real.context, "elasticache-engine"), "n");
    expect(factsOf(no)).toEqual({ needsCacheRedundancy: false });
  });
});

describe("describing the situation", () => {
  const readFacts = () => [
    { name: "needsSortingRanking", value: true, evidence: "leaderboard" },
    { name: "noSuchFact", value: true, evidence: "nonsense" },
    { name: "needsPubSub", value: "maybe", evidence: "wrong type" },
  ];
  const describing = driver(knowledge, readFacts);

  it("turns text into facts to review, drops what the catalog refuses, and starts the one area they point to", async () => {
    let state = await describing.keys(initialState(describing.context), ENTER, ..."a game leaderboard".split(""), ENTER);
    expect(state.screen).toMatchObject({ kind: "review", ignored: 2 });
    expect(state.described).toEqual([{ name: "needsSortingRanking", value: true, evidence: "leaderboard" }]);

    const flipped = await describing.keys(state, " ");
    expect(flipped.described[0]!.value).toBe(false);
    state = await describing.keys(state, ENTER);
    expect(state.area).toBe("elasticache-engine");
    expect(state.screen.kind).toBe("result"); // ranking alone settles it
    expect(state.verdict!.chosen).toEqual(["elasticache-redis"]);
    expect(state.log.map((e) => e.kind)).toEqual(["described", "area"]);
  });

  it("offers only the areas the facts point to when there are several, keeping the facts for the one picked", async () => {
    const several = driver(knowledge, () => [{ name: "readHeavy", value: true, evidence: "mostly reads" }]);
    const state = await several.keys(initialState(several.context), ENTER, "x", ENTER, ENTER);
    expect(state.screen).toMatchObject({ kind: "areas", only: knowledge.facts.get("readHeavy")!.areas.filter((a) => knowledge.areas.has(a)).sort() });
    const rows = areaRows(several.context, state.screen as never);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.some((r) => r.kind === "describe")).toBe(false);
    const picked = await several.keys(state, ENTER);
    expect(picked.area).toBe((rows[0] as { id: string }).id);
    expect(factsOf(picked)).toEqual({ readHeavy: true });
    expect((await several.keys(state, ESC)).screen.kind).toBe("review");
  });

  it("takes a pasted description whole, line breaks and all, and a final line break as Enter", async () => {
    const pasted = await describing.keys(initialState(describing.context), ENTER, "a game\nleaderboard\r");
    expect(pasted.text).toBe("a game leaderboard");
    expect(pasted.screen.kind).toBe("review");
  });

  it("lets the user remove a fact so the wizard asks it instead, and go back to edit the text", async () => {
    const review = await describing.keys(initialState(describing.context), ENTER, ..."x".split(""), ENTER);
    const removed = await describing.keys(review, "x");
    expect(removed.described).toEqual([]);
    const edit = await describing.keys(review, ESC);
    expect(edit.screen).toMatchObject({ kind: "describe", text: "x" });
  });
});

describe("result screen and leaving", () => {
  it("toggles the trace, opens a save prompt with a timestamped default path, and reports the outcome", async () => {
    const result = await real.run(initialState(real.context, "elasticache-engine"), { type: "answer", value: true });
    expect((await real.keys(result, "t")).showTrace).toBe(true);
    const prompt = await real.keys(result, "s");
    expect(prompt.screen).toEqual({ kind: "save", path: "./elasticache-engine-20250304-050607.yaml" });
    const saving = await real.keys(prompt, ENTER);
    expect(saving.screen).toEqual({ kind: "saving", path: "./elasticache-engine-20250304-050607.yaml" });
    const failed = reduceWizard(real.context, saving, { type: "saveFailed", message: "that file already exists; change the name" });
    expect(failed.screen).toMatchObject({ kind: "save", error: "that file already exists; change the name" });
    const saved = reduceWizard(real.context, saving, { type: "saved", path: "./x.yaml" });
    expect(saved.screen.kind).toBe("result");
    expect(saved.notice).toContain("aws-scenario check ./x.yaml");
  });

  it("restarts on the area list with a fresh transcript, and quits with 0 on q and 130 on Ctrl+C", async () => {
    const result = await real.run(initialState(real.context, "elasticache-engine"), { type: "answer", value: true });
    const restarted = await real.keys(result, "r");
    expect(restarted.screen.kind).toBe("areas");
    expect(restarted.log).toEqual([]);
    expect(restarted.session).toBe(result.session + 1);
    expect((await real.keys(result, "q")).exitCode).toBe(0);
    expect((await real.keys(result, CTRL_C)).exitCode).toBe(130);
    const first = await real.run(initialState(real.context, "elasticache-engine"));
    expect((await real.keys(first, CTRL_C)).exitCode).toBe(130);
  });

  it("scrolls the result within the bounds the screen gives", async () => {
    const result = await real.run(initialState(real.context, "elasticache-engine"), { type: "answer", value: true });
    const press = (state: WizardState, input: string) =>
      reduceWizard(real.context, state, { type: "key", press: { input }, now: NOW, metrics: { scrollMax: 3, page: 10 } });
    let state = result;
    for (let i = 0; i < 5; i++) state = press(state, "j");
    expect(state.screen).toEqual({ kind: "result", scroll: 3 });
    expect(press(state, "k").screen).toEqual({ kind: "result", scroll: 2 });
  });
});

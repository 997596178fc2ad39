// A small, fixed rules directory for tests that need a number question and a list question whatever
// the real rules become. Written to a temporary folder and loaded like any --rules directory.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadKnowledge, NOTE_FILE, type Knowledge } from "../../src/core/load-knowledge.js";

const reason = (text: string) => `${text} for the toy tests.`;
const rule = (name: string, fact: string, operator: string, value: unknown, type: string, answer: string | undefined, weight: number | undefined, text: string) => ({
  name,
  conditions: { all: [{ fact, operator, value }] },
  event: { type, params: { ...(answer ? { answer } : {}), ...(weight ? { weight } : {}), section: "Toys", reason: reason(text) } },
});

const FILES = {
  [NOTE_FILE]: "# Toys\n\nBoxes for the tests.\n",
  "answers/toys.json": {
    answers: [
      { id: "big-box", name: "Big box", kind: "service", section: "Toys" },
      { id: "small-box", name: "Small box", kind: "service", section: "Toys" },
    ],
  },
  "facts/toys.json": {
    facts: [
      { name: "sizeGB", type: "number", unit: "GB", min: 0, max: 100, areas: ["boxes"], question: "How much data do you store, in GB?", help: "The total size of the data." },
      {
        name: "extras", type: "enum-list", values: ["wheels", "lid", "paint"], areas: ["boxes"],
        labels: { wheels: "Wheels", lid: "A lid", paint: "Paint" },
        question: "Which extras do you need?", help: "Pick every extra.",
      },
      { name: "fragile", type: "boolean", areas: ["boxes"], question: "Is the content fragile?", help: "Fragile content needs padding." },
    ],
  },
  "areas/boxes.json": {
    area: "boxes",
    title: "Toy boxes",
    summary: "Pick a box size for the toy tests.",
    choose: "one",
    answers: ["big-box", "small-box"],
    rules: [
      rule("big-for-much-data", "sizeGB", "greaterThan", 10, "recommend", "big-box", 3, "Much data needs the big box"),
      rule("small-too-small", "sizeGB", "greaterThan", 10, "avoid", "small-box", 4, "The small box cannot hold it"),
      rule("small-for-little-data", "sizeGB", "lessThanInclusive", 10, "recommend", "small-box", 2, "Little data fits the small box"),
      rule("big-is-too-much", "sizeGB", "lessThanInclusive", 10, "avoid", "big-box", 1, "The big box is more than needed"),
      rule("wheels-on-small", "extras", "contains", "wheels", "recommend", "small-box", 9, "Only the small box has wheels"),
      rule("big-has-no-wheels", "extras", "contains", "wheels", "avoid", "big-box", 9, "The big box has no wheels"),
      rule("fragile-caveat", "fragile", "equal", true, "caveat", undefined, undefined, "Pad fragile content"),
    ],
  },
};

function load(): Knowledge {
  const dir = mkdtempSync(join(tmpdir(), "toy-rules-"));
  for (const [file, content] of Object.entries(FILES)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), typeof content === "string" ? content : JSON.stringify(content));
  }
  const { knowledge, problems } = loadKnowledge([dir]);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new Error(`the toy rules do not load: ${JSON.stringify(errors)}`);
  return knowledge;
}

export const toyKnowledge = load();

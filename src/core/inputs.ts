// One entry for every file the tool evaluates: a scenario (facts + expect) or an exam question.
import { extname } from "node:path";
import type { Knowledge } from "./load-knowledge.js";
import type { Problem } from "./problems.js";
import { looksLikeQuestionData, looksLikeQuestionText, parseQuestionData, parseQuestionText, type Question } from "./question/parse-question.js";
import { validateScenario, type Scenario } from "./scenario.js";
import { parseDataText } from "./source-file.js";

export type CheckInput =
  | { ok: true; kind: "scenario"; scenario: Scenario }
  | { ok: true; kind: "question"; question: Question }
  | { ok: false; problems: Problem[] };

const TEXT_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".text"]);

/**
 * Decides by the file's shape: Markdown or text is a question; YAML/JSON with `question` and `options`
 * is a question; other YAML/JSON is a scenario. Standard input is sniffed the same way.
 */
export function readCheckInput(file: string, text: string, knowledge: Knowledge, force?: "question" | "scenario"): CheckInput {
  const extension = extname(file).toLowerCase();
  if (force === "question" || (force === undefined && TEXT_EXTENSIONS.has(extension))) {
    const parsed = parseDataText(file, text);
    if (parsed.ok && looksLikeQuestionData(parsed.value)) return asQuestion(parseQuestionData(file, text));
    return asQuestion(parseQuestionText(file, text));
  }
  const parsed = parseDataText(file, text);
  const data = parsed.ok ? parsed.value : undefined;
  const isScenarioData = typeof data === "object" && data !== null && "facts" in data;
  if (force !== "scenario" && !isScenarioData) {
    if (looksLikeQuestionData(data)) return asQuestion(parseQuestionData(file, text));
    // Pasted question text on standard input is often not YAML, or YAML of the wrong shape.
    if (looksLikeQuestionText(text)) return asQuestion(parseQuestionText(file, text));
  }
  if (!parsed.ok) return parsed;
  const scenario = validateScenario(file, parsed.value, parsed.locate, knowledge);
  return scenario.ok ? { ok: true, kind: "scenario", scenario: scenario.scenario } : scenario;
}

function asQuestion(load: ReturnType<typeof parseQuestionText>): CheckInput {
  return load.ok ? { ok: true, kind: "question", question: load.question } : load;
}

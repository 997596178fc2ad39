// One entry for every file the tool evaluates: a scenario (facts + expect) or an exam question.
import { extname } from "node:path";
import type { Knowledge } from "./load-knowledge.js";
import type { Problem } from "./problems.js";
import { looksLikeQuestionData, looksLikeQuestionText, parseQuestionText, validateQuestion, type Question } from "./question/parse-question.js";
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
  const readAsText = force === "question" || (force === undefined && TEXT_EXTENSIONS.has(extname(file).toLowerCase()));
  // Parsed once: the same YAML/JSON serves a question file or a scenario file.
  const parsed = parseDataText(file, text);
  const data = parsed.ok ? parsed.value : undefined;
  const isScenarioData = typeof data === "object" && data !== null && "facts" in data;
  if (parsed.ok && force !== "scenario" && (readAsText || !isScenarioData) && looksLikeQuestionData(data))
    return asQuestion(validateQuestion(file, parsed.value, parsed.locate));
  if (readAsText) return asQuestion(parseQuestionText(file, text));
  // Pasted question text on standard input is often not YAML, or YAML of the wrong shape.
  if (force !== "scenario" && !isScenarioData && looksLikeQuestionText(text)) return asQuestion(parseQuestionText(file, text));
  if (!parsed.ok) return parsed;
  const scenario = validateScenario(file, parsed.value, parsed.locate, knowledge);
  return scenario.ok ? { ok: true, kind: "scenario", scenario: scenario.scenario } : scenario;
}

function asQuestion(load: ReturnType<typeof parseQuestionText>): CheckInput {
  return load.ok ? { ok: true, kind: "question", question: load.question } : load;
}

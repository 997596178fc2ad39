import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  validateScenario
} from "./chunk-4GMANDLW.js";
import {
  external_exports,
  parseDataText
} from "./chunk-HZCKYSJH.js";
import {
  problemsFromZod
} from "./chunk-AU2UU52M.js";

// src/core/inputs.ts
import { extname } from "node:path";

// src/core/question/parse-question.ts
var LETTERS = "ABCDEFGHIJ";
var OPTION_LINE = /^\s*(?:[-*+]\s+)?(?:\(([A-Ja-j])\)|([A-Ja-j])[.)])\s+(\S.*)$/;
var TASK_LINE = /^\s*[-*+]\s+\[[ xX]?\]\s+(\S.*)$/;
var ANSWER_LINE = /^\s*(?:\*\*)?(?:correct\s+)?answers?(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+?)\s*(?:\*\*)?\s*$/i;
var questionFileSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  question: external_exports.string().min(1).max(2e4),
  options: external_exports.record(external_exports.string().regex(/^[A-J]$/, "option keys are single capital letters A\u2013J"), external_exports.string().min(1).max(2e3)),
  answer: external_exports.union([external_exports.literal("out-of-scope"), external_exports.array(external_exports.string().regex(/^[A-J]$/)).min(1), external_exports.string().regex(/^[A-J](\s*,\s*[A-J])*$/)]).optional(),
  explanation: external_exports.string().max(2e4).optional()
});
function looksLikeQuestionData(value) {
  return typeof value === "object" && value !== null && "question" in value && "options" in value;
}
function looksLikeQuestionText(text) {
  return splitQuestionText(text).options.length >= 2;
}
function parseQuestionText(file, text) {
  const { stem, options, answerLine } = splitQuestionText(text);
  if (options.length < 2)
    return fail(file, "no lettered options found", "write the options on their own lines as 'A. text', 'A) text', '(A) text' or '- [ ] text'");
  if (!stem) return fail(file, "the question has options but no question text before them", "put the scenario and the question above the options");
  const expected = answerLine === void 0 ? void 0 : parseAnswer(answerLine, options);
  if (expected === null) return fail(file, `cannot read the answer line 'Answer: ${answerLine}'`, `give letters among ${options.map((o) => o.letter).join(", ")}, or out-of-scope`);
  return { ok: true, question: { file, stem, options, expected } };
}
function parseQuestionData(file, text) {
  const parsed = parseDataText(file, text);
  if (!parsed.ok) return parsed;
  const result = questionFileSchema.safeParse(parsed.value);
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error, parsed.locate) };
  const data = result.data;
  const options = Object.entries(data.options).sort(([a], [b]) => a < b ? -1 : 1).map(([letter, optionText]) => ({ letter, text: optionText.trim() }));
  const missing = options.findIndex((o, i) => o.letter !== LETTERS[i]);
  if (missing >= 0) return fail(file, `options must be lettered A, B, C\u2026 without gaps; found ${options.map((o) => o.letter).join(", ")}`, "reletter the options");
  let expected;
  if (data.answer !== void 0) {
    const answer = Array.isArray(data.answer) ? data.answer.join(",") : data.answer;
    const read = parseAnswer(answer, options);
    if (read === null) return fail(file, `answer '${answer}' names an option that does not exist`, `use letters among ${options.map((o) => o.letter).join(", ")}`);
    expected = read;
  }
  return { ok: true, question: { file, stem: data.question.trim(), options, expected } };
}
function fail(file, message, fix) {
  return { ok: false, problems: [{ file, message, fix, severity: "error" }] };
}
function parseAnswer(text, options) {
  const cleaned = text.trim().replace(/[*_`]/g, "");
  if (/^out[- ]of[- ]scope$/i.test(cleaned)) return "out-of-scope";
  const letters = cleaned.toUpperCase().split(/[\s,;&/]+|\band\b/i).filter(Boolean);
  if (letters.length === 0 || !letters.every((l) => /^[A-J]$/.test(l) && options.some((o) => o.letter === l))) return null;
  return [...new Set(letters)].sort();
}
function splitQuestionText(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let answerLine;
  let end = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line.trim()) continue;
    const answer = ANSWER_LINE.exec(line);
    if (answer) {
      answerLine = answer[1];
      end = i;
    }
    break;
  }
  const body = lines.slice(0, end);
  for (let start = 0; start < body.length; start++) {
    const options = readOptionsFrom(body, start);
    if (options && options.length >= 2) {
      const stem = body.slice(0, start).join("\n").trim();
      return { stem, options, answerLine };
    }
  }
  return { stem: body.join("\n").trim(), options: [], answerLine };
}
function readOptionsFrom(lines, start) {
  const first = lines[start];
  const lettered = OPTION_LINE.exec(first);
  const task = TASK_LINE.exec(first);
  if (!(lettered && (lettered[1] ?? lettered[2]).toUpperCase() === "A") && !task) return void 0;
  const style = task ? "task" : "lettered";
  const options = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const next = LETTERS[options.length];
    const asTask = TASK_LINE.exec(line);
    const asLettered = OPTION_LINE.exec(line);
    if (style === "task" && asTask && next) options.push({ letter: next, text: asTask[1] });
    else if (style === "lettered" && asLettered && next && (asLettered[1] ?? asLettered[2]).toUpperCase() === next)
      options.push({ letter: next, text: asLettered[3] });
    else if (line.trim() && options.length > 0) options[options.length - 1].text += " " + line.trim();
    else if (!line.trim()) continue;
  }
  return options.map((o) => ({ letter: o.letter, text: o.text.replace(/\s+/g, " ").trim() }));
}

// src/core/inputs.ts
var TEXT_EXTENSIONS = /* @__PURE__ */ new Set([".md", ".markdown", ".txt", ".text"]);
function readCheckInput(file, text, knowledge, force) {
  const extension = extname(file).toLowerCase();
  if (force === "question" || force === void 0 && TEXT_EXTENSIONS.has(extension)) {
    const parsed2 = parseDataText(file, text);
    if (parsed2.ok && looksLikeQuestionData(parsed2.value)) return asQuestion(parseQuestionData(file, text));
    return asQuestion(parseQuestionText(file, text));
  }
  const parsed = parseDataText(file, text);
  const data = parsed.ok ? parsed.value : void 0;
  const isScenarioData = typeof data === "object" && data !== null && "facts" in data;
  if (force !== "scenario" && !isScenarioData) {
    if (looksLikeQuestionData(data)) return asQuestion(parseQuestionData(file, text));
    if (looksLikeQuestionText(text)) return asQuestion(parseQuestionText(file, text));
  }
  if (!parsed.ok) return parsed;
  const scenario = validateScenario(file, parsed.value, parsed.locate, knowledge);
  return scenario.ok ? { ok: true, kind: "scenario", scenario: scenario.scenario } : scenario;
}
function asQuestion(load) {
  return load.ok ? { ok: true, kind: "question", question: load.question } : load;
}

export {
  readCheckInput
};

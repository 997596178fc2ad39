// Exam questions as people write them: text or Markdown with lettered options, or a YAML/JSON file.
import { z } from "zod";
import { problemsFromZod, type Locate, type Problem } from "../problems.js";
import { parseDataText } from "../source-file.js";

export interface QuestionOption {
  readonly letter: string;
  readonly text: string;
}

export interface Question {
  readonly file: string;
  readonly stem: string;
  readonly options: readonly QuestionOption[];
  /** The expected letters (sorted), "out-of-scope", or undefined when the file gives no answer. */
  readonly expected?: readonly string[] | "out-of-scope";
}

export type QuestionLoad = { ok: true; question: Question } | { ok: false; problems: Problem[] };

const LETTERS = "ABCDEFGHIJ";
const OPTION_LINE = /^\s*(?:[-*+]\s+)?(?:\(([A-Ja-j])\)|([A-Ja-j])[.)])\s+(\S.*)$/;
const TASK_LINE = /^\s*[-*+]\s+\[[ xX]?\]\s+(\S.*)$/;
const ANSWER_LINE = /^\s*(?:\*\*)?(?:correct\s+)?answers?(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+?)\s*(?:\*\*)?\s*$/i;

const questionFileSchema = z.strictObject({
  $schema: z.string().optional(),
  question: z.string().min(1).max(20_000),
  options: z.record(z.string().regex(/^[A-J]$/, "option keys are single capital letters A–J"), z.string().min(1).max(2000)),
  answer: z.union([z.literal("out-of-scope"), z.array(z.string().regex(/^[A-J]$/)).min(1), z.string().regex(/^[A-J](\s*,\s*[A-J])*$/)]).optional(),
  explanation: z.string().max(20_000).optional(),
});

/** A data file is a question when it has `question` and `options` keys rather than `facts`. */
export function looksLikeQuestionData(value: unknown): boolean {
  return typeof value === "object" && value !== null && "question" in value && "options" in value;
}

/** Plain text is a question when it has at least two lettered options starting at A. */
export function looksLikeQuestionText(text: string): boolean {
  return splitQuestionText(text).options.length >= 2;
}

export function parseQuestionText(file: string, text: string): QuestionLoad {
  const { stem, options, answerLine } = splitQuestionText(text);
  if (options.length < 2)
    return fail(file, "no lettered options found", "write the options on their own lines as 'A. text', 'A) text', '(A) text' or '- [ ] text'");
  if (!stem) return fail(file, "the question has options but no question text before them", "put the scenario and the question above the options");
  const expected = answerLine === undefined ? undefined : parseAnswer(answerLine, options);
  if (expected === null) return fail(file, `cannot read the answer line 'Answer: ${answerLine}'`, `give letters among ${options.map((o) => o.letter).join(", ")}, or out-of-scope`);
  return { ok: true, question: { file, stem, options, expected } };
}

export function parseQuestionData(file: string, text: string): QuestionLoad {
  const parsed = parseDataText(file, text);
  return parsed.ok ? validateQuestion(file, parsed.value, parsed.locate) : parsed;
}

/** Validates an already parsed YAML/JSON question (`question`, `options`, optional `answer`). */
export function validateQuestion(file: string, value: unknown, locate: Locate): QuestionLoad {
  const result = questionFileSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error, locate) };
  const data = result.data;
  const options = Object.entries(data.options)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([letter, optionText]) => ({ letter, text: optionText.trim() }));
  const missing = options.findIndex((o, i) => o.letter !== LETTERS[i]);
  if (missing >= 0) return fail(file, `options must be lettered A, B, C… without gaps; found ${options.map((o) => o.letter).join(", ")}`, "reletter the options");
  let expected: Question["expected"];
  if (data.answer !== undefined) {
    const answer = Array.isArray(data.answer) ? data.answer.join(",") : data.answer;
    const read = parseAnswer(answer, options);
    if (read === null) return fail(file, `answer '${answer}' names an option that does not exist`, `use letters among ${options.map((o) => o.letter).join(", ")}`);
    expected = read;
  }
  return { ok: true, question: { file, stem: data.question.trim(), options, expected } };
}

function fail(file: string, message: string, fix: string): QuestionLoad {
  return { ok: false, problems: [{ file, message, fix, severity: "error" }] };
}

function parseAnswer(text: string, options: readonly QuestionOption[]): readonly string[] | "out-of-scope" | null {
  const cleaned = text.trim().replace(/[*_`]/g, "");
  if (/^out[- ]of[- ]scope$/i.test(cleaned)) return "out-of-scope";
  const letters = cleaned.toUpperCase().split(/[\s,;&/]+|\band\b/i).filter(Boolean);
  if (letters.length === 0 || !letters.every((l) => /^[A-J]$/.test(l) && options.some((o) => o.letter === l))) return null;
  return [...new Set(letters)].sort();
}

interface SplitQuestion {
  stem: string;
  options: QuestionOption[];
  answerLine?: string;
}

/**
 * Finds the option block: the last run of lines lettered A, B, C… in order (or a task list), with
 * wrapped lines joined to the option above them; an `Answer:` line after it is the expected answer.
 */
function splitQuestionText(text: string): SplitQuestion {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let answerLine: string | undefined;
  let end = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
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

function readOptionsFrom(lines: readonly string[], start: number): QuestionOption[] | undefined {
  const first = lines[start]!;
  const lettered = OPTION_LINE.exec(first);
  const task = TASK_LINE.exec(first);
  if (!(lettered && (lettered[1] ?? lettered[2])!.toUpperCase() === "A") && !task) return undefined;
  const style: "lettered" | "task" = task ? "task" : "lettered";
  const options: { letter: string; text: string }[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const next = LETTERS[options.length];
    const asTask = TASK_LINE.exec(line);
    const asLettered = OPTION_LINE.exec(line);
    if (style === "task" && asTask && next) options.push({ letter: next, text: asTask[1]! });
    else if (style === "lettered" && asLettered && next && (asLettered[1] ?? asLettered[2])!.toUpperCase() === next)
      options.push({ letter: next, text: asLettered[3]! });
    else if (line.trim() && options.length > 0) options[options.length - 1]!.text += " " + line.trim();
    else if (!line.trim()) continue;
  }
  return options.map((o) => ({ letter: o.letter, text: o.text.replace(/\s+/g, " ").trim() }));
}

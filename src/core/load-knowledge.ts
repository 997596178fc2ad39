// Loads a rules directory (or several layered ones) into validated, cross-checked knowledge.
// Returns { knowledge, problems } instead of throwing halfway: a broken file is skipped and reported.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  answersFileSchema,
  areaFileSchema,
  conditionDepth,
  factsFileSchema,
  limitsFileSchema,
  quantitiesFileSchema,
  leafConditions,
  MAX_CONDITION_DEPTH,
  type Answer,
  type AreaFile,
  type FactDefinition,
  type LeafCondition,
  type Limit,
  type Quantity,
} from "./knowledge-schema.js";
import { compareText } from "./compare.js";
import { parseNoteSections, type NoteSection } from "./note.js";
import { cuesFileSchema, questionShapeSchema, type CuesFile, type FactCue, type QuestionShape } from "./question/cue-schema.js";
import { preparedKnowledge } from "./prepared.js";
import { problemsFromZod, type Problem } from "./problems.js";
import { MAX_NESTING, nestingDepth, parseDataText, readTextFile } from "./source-file.js";

export interface Area extends AreaFile {
  /** The file the area was loaded from. */
  readonly file: string;
}

export interface Knowledge {
  readonly answers: ReadonlyMap<string, Answer>;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly sections: ReadonlyMap<string, NoteSection>;
  /** Phrases for reading English: fact cues, answer cues and out-of-scope topics, from every cues/ file. */
  readonly cues: CuesFile;
  readonly questionShape?: QuestionShape;
  /** Limits and defaults the note gives (maximum read replicas, default visibility timeout …). */
  readonly limits: readonly Limit[];
  /** Quantities a question may ask the tool to compute (read capacity units, gp2 IOPS …). */
  readonly quantities: readonly Quantity[];
}

export interface LoadResult {
  readonly knowledge: Knowledge;
  readonly problems: Problem[];
}

export const NOTE_FILE = "aws-developer-notes.md";

/** The rules directory shipped with the tool, found relative to this module (source or bundle). */
export function builtInRulesDir(): string {
  for (const candidate of ["../../rules", "../rules"]) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(dir, NOTE_FILE))) return dir;
  }
  throw new Error("the built-in rules directory is missing from this installation");
}

/**
 * Loads each directory in turn; a later directory adds to or overrides the earlier ones
 * (answers by id, facts by name, areas by area id).
 */
export interface LoadOptions {
  /** Parse every file with the position-tracking parser (catches duplicate keys); lint uses it. */
  readonly strictParse?: boolean;
}

export function loadKnowledge(dirs: readonly string[], options: LoadOptions = {}): LoadResult {
  // The build validated the built-in rules once (prepared.ts); reused only while the files are unchanged.
  const prepared = options.strictParse ? undefined : preparedKnowledge(dirs);
  if (prepared) return { knowledge: prepared, problems: [] };
  const problems: Problem[] = [];
  const answers = new Map<string, Answer>();
  const facts = new Map<string, FactDefinition>();
  const areaFiles = new Map<string, Area>();
  const sections = new Map<string, NoteSection>();
  const cues: CollectedCues = { facts: [], answers: [], outOfScope: [] };
  let questionShape: QuestionShape | undefined;
  const limits = new Map<string, Limit & { file: string }>();
  const quantities = new Map<string, Quantity>();
  const answerFiles = new Map<string, { file: string; dir: string }>();
  const factFiles = new Map<string, { file: string; dir: string }>();

  for (const dir of dirs) {
    if (!existsSync(dir)) {
      problems.push({ file: dir, message: "rules directory not found", fix: "check the --rules path", severity: "error" });
      continue;
    }
    const notePath = join(dir, NOTE_FILE);
    if (existsSync(notePath)) {
      const read = readTextFile(notePath);
      if (read.ok) for (const section of parseNoteSections(read.text)) sections.set(section.title, section);
      else problems.push(...read.problems);
    }
    for (const file of jsonFilesIn(join(dir, "answers"))) {
      const parsed = parseJsonFile(file, answersFileSchema, problems, options);
      for (const answer of parsed?.answers ?? []) {
        if (answerFiles.has(answer.id) && answerFiles.get(answer.id)!.dir === dir)
          problems.push({ file, where: `answer '${answer.id}'`, message: `answer id '${answer.id}' is also defined in ${answerFiles.get(answer.id)!.file}`, fix: "keep one definition", severity: "error" });
        answers.set(answer.id, answer);
        answerFiles.set(answer.id, { file, dir });
      }
    }
    for (const file of jsonFilesIn(join(dir, "facts"))) {
      const parsed = parseJsonFile(file, factsFileSchema, problems, options);
      for (const fact of parsed?.facts ?? []) {
        if (factFiles.has(fact.name) && factFiles.get(fact.name)!.dir === dir)
          problems.push({ file, where: `fact '${fact.name}'`, message: `fact '${fact.name}' is also defined in ${factFiles.get(fact.name)!.file}`, fix: "keep one definition", severity: "error" });
        facts.set(fact.name, fact);
        factFiles.set(fact.name, { file, dir });
      }
    }
    for (const file of jsonFilesIn(join(dir, "cues"))) {
      const parsed = parseJsonFile(file, cuesFileSchema, problems, options);
      if (!parsed) continue;
      cues.facts.push(...parsed.facts.map((cue) => ({ ...cue, file })));
      cues.answers.push(...parsed.answers.map((cue) => ({ ...cue, file })));
      cues.outOfScope.push(...parsed.outOfScope);
    }
    for (const file of jsonFilesIn(join(dir, "limits")))
      for (const limit of parseJsonFile(file, limitsFileSchema, problems, options)?.limits ?? []) limits.set(limit.id, { ...limit, file });
    const quantitiesFile = join(dir, "quantities.json");
    if (existsSync(quantitiesFile))
      for (const quantity of parseJsonFile(quantitiesFile, quantitiesFileSchema, problems, options)?.quantities ?? []) quantities.set(quantity.id, quantity);
    const shapeFile = join(dir, "question-shape.json");
    if (existsSync(shapeFile)) questionShape = parseJsonFile(shapeFile, questionShapeSchema, problems, options) ?? questionShape;
    const areasDir = join(dir, "areas");
    {
      for (const file of jsonFilesIn(areasDir)) {
        const parsed = parseJsonFile(file, areaFileSchema, problems, options);
        if (parsed) areaFiles.set(parsed.area, { ...parsed, file });
      }
    }
  }

  checkCatalogs(answerFiles, answers, factFiles, facts, sections, problems);
  const areas = new Map<string, Area>();
  for (const [id, area] of [...areaFiles].sort(([a], [b]) => compareText(a, b))) {
    const areaProblems = locateProblems(area.file, checkArea(area, { answers, facts, sections }));
    problems.push(...areaProblems);
    if (!areaProblems.some((p) => p.severity === "error")) areas.set(id, area);
  }
  const checkedCues = checkCues(cues, answers, facts, problems);
  const checkedLimits = [...limits.values()].filter(({ file, ...limit }) => {
    const fact = facts.get(limit.fact);
    const where = `limit '${limit.id}'`;
    if (fact?.type !== "number") return void problems.push({ file, where, message: `'${limit.fact}' is not a number fact`, fix: "name a number fact from facts/", severity: "error" });
    if (!sections.has(limit.section))
      return void problems.push({ file, where, message: `section '${limit.section}' is not a heading of the study note`, fix: suggestSection(limit.section, sections), severity: "error" });
    return true;
  });
  return {
    knowledge: { answers, facts, areas, sections, cues: checkedCues, questionShape, limits: checkedLimits.map(({ file: _file, ...limit }) => limit), quantities: [...quantities.values()] },
    problems,
  };
}

type CollectedCues = {
  facts: Array<FactCue & { file: string }>;
  answers: Array<CuesFile["answers"][number] & { file: string }>;
  outOfScope: CuesFile["outOfScope"];
};

/** Keeps the cues that name real facts and answers with values of the right type; reports the rest. */
function checkCues(cues: CollectedCues, answers: ReadonlyMap<string, Answer>, facts: ReadonlyMap<string, FactDefinition>, problems: Problem[]): CuesFile {
  const report = (file: string, where: string, message: string, fix: string) => problems.push({ file, where, message, fix, severity: "error" });
  const factCues = cues.facts.filter(({ file, ...cue }) => {
    const where = `cue for '${cue.fact}' ("${cue.phrases[0]}")`;
    const fact = facts.get(cue.fact);
    if (!fact) return void report(file, where, `unknown fact '${cue.fact}'`, "use a fact from facts/");
    const counts = cue.phrases.map((p) => (p.match(/(^|\s)#(?=\s|$)/g) ?? []).length);
    const halfNumbered = cue.phrases.find((p) =>
      p.split(/\s+\.\.\.\s+/).some((segment) => {
        const numbered = segment.split("|").map((alternative) => /(^|\s)#(\s|$)/.test(alternative.trim()));
        return numbered.includes(true) && numbered.includes(false);
      }),
    );
    if (halfNumbered && fact.type === "number")
      return void report(file, where, `in "${halfNumbered}" some alternatives have the number '#' and some do not ('|' separates whole word sequences)`, "repeat the '#' in every alternative: '# kb|# kilobytes'");
    if (fact.type === "number") {
      if (cue.value !== undefined) return void report(file, where, "a number cue takes its value from the '#' in the phrase", "remove 'value'");
      if (counts.some((n) => n !== 1)) return void report(file, where, "every phrase of a number cue needs exactly one '#'", "add '#' where the number stands");
      return true;
    }
    if (cue.value === undefined) return void report(file, where, `a cue for ${fact.type} fact '${fact.name}' needs a value`, "add 'value'");
    if (fact.type === "boolean" && typeof cue.value !== "boolean") return void report(file, where, `'${fact.name}' is true or false`, "give value true or false");
    if ((fact.type === "enum" || fact.type === "enum-list") && (typeof cue.value !== "string" || !fact.values.includes(cue.value)))
      return void report(file, where, `value ${JSON.stringify(cue.value)} is not allowed for '${fact.name}'`, `use one of: ${fact.values.join(", ")}`);
    return true;
  });
  const answerCues = cues.answers.filter(({ file, ...cue }) =>
    answers.has(cue.answer) ? true : void report(file, `cue for answer '${cue.answer}'`, `unknown answer id '${cue.answer}'`, "use an id from answers/"),
  );
  return {
    facts: factCues.map(({ file: _file, ...cue }) => cue),
    answers: answerCues.map(({ file: _file, ...cue }) => cue),
    outOfScope: cues.outOfScope,
  };
}

function jsonSyntaxProblem(file: string, text: string, error: Error): Problem {
  const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? NaN);
  const before = Number.isNaN(offset) ? undefined : text.slice(0, offset).split("\n");
  return {
    file,
    ...(before ? { line: before.length, column: before[before.length - 1]!.length + 1 } : {}),
    message: `invalid JSON: ${error.message.replace(/ in JSON at position \d+.*$/, "")}`,
    fix: "check for a missing comma, quote or bracket just before this place",
    severity: "error",
  };
}

function jsonFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(dir, name));
}

function parseJsonFile<S extends z.ZodType>(file: string, schema: S, problems: Problem[], options: LoadOptions): z.infer<S> | undefined {
  const read = readTextFile(file);
  if (!read.ok) {
    problems.push(...read.problems);
    return undefined;
  }
  // Fast path: our own files are valid JSON; only a failing file pays for the position-tracking parse.
  let value: unknown;
  try {
    value = options.strictParse ? undefined : JSON.parse(read.text);
    if (nestingDepth(value) > MAX_NESTING) value = undefined;
  } catch (error) {
    problems.push(jsonSyntaxProblem(file, read.text, error as Error));
    return undefined;
  }
  const result = value === undefined ? undefined : schema.safeParse(value);
  if (result?.success) return result.data;
  const parsed = parseDataText(file, read.text);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const located = schema.safeParse(parsed.value);
  if (located.success) return located.data;
  problems.push(...problemsFromZod(file, located.error, parsed.locate));
  return undefined;
}

function checkCatalogs(
  answerFiles: ReadonlyMap<string, { file: string }>,
  answers: Map<string, Answer>,
  factFiles: ReadonlyMap<string, { file: string }>,
  facts: Map<string, FactDefinition>,
  sections: Map<string, NoteSection>,
  problems: Problem[],
) {
  for (const answer of answers.values()) {
    if (!sections.has(answer.section))
      problems.push({
        file: answerFiles.get(answer.id)!.file,
        where: `answer '${answer.id}'`,
        message: `section '${answer.section}' is not a heading of the study note`,
        fix: suggestSection(answer.section, sections),
        severity: "error",
      });
  }
  for (const fact of facts.values()) {
    if (fact.type === "number" && fact.min !== undefined && fact.max !== undefined && fact.min > fact.max)
      problems.push({
        file: factFiles.get(fact.name)!.file,
        where: `fact '${fact.name}'`,
        message: "min is greater than max",
        fix: "swap them",
        severity: "error",
      });
  }
}

export function suggestSection(section: string, sections: ReadonlyMap<string, NoteSection>): string {
  const wanted = section.toLowerCase();
  const close = [...sections.keys()].filter(
    (title) => title.toLowerCase().includes(wanted) || wanted.includes(title.toLowerCase()),
  );
  return close.length > 0
    ? `did you mean ${close.slice(0, 3).map((t) => `'${t}'`).join(" or ")}?`
    : "use a heading of the note exactly as written (run `aws-scenario explain sections`)";
}

interface Catalogs {
  answers: ReadonlyMap<string, Answer>;
  facts: ReadonlyMap<string, FactDefinition>;
  sections: ReadonlyMap<string, NoteSection>;
}

type PathedProblem = Problem & { readonly path: PropertyKey[] };

/** Cross-file checks name a path in the area file; the line is only looked up when something is wrong. */
function locateProblems(file: string, problems: PathedProblem[]): Problem[] {
  if (problems.length === 0) return [];
  const read = readTextFile(file);
  const parsed = read.ok ? parseDataText(file, read.text) : undefined;
  return problems.map(({ path, ...problem }) => ({ ...problem, ...(parsed?.ok ? parsed.locate(path) : undefined) }));
}

function checkArea(area: Area, catalogs: Catalogs): PathedProblem[] {
  const problems: PathedProblem[] = [];
  const error = (path: PropertyKey[], where: string, message: string, fix?: string) =>
    problems.push({ file: area.file, path, where, message, fix, severity: "error" });

  area.answers.forEach((id, index) => {
    if (!catalogs.answers.has(id)) error(["answers", index], `answers[${index}]`, `unknown answer id '${id}'`, "add it to a file in answers/ or fix the id");
  });
  const seen = new Set<string>();
  area.rules.forEach((rule, index) => {
    const at = `rules[${index}] '${rule.name}'`;
    const path = ["rules", index];
    if (seen.has(rule.name)) error([...path, "name"], at, "duplicate rule name in this area", "give every rule its own name");
    seen.add(rule.name);
    if (conditionDepth(rule.conditions) > MAX_CONDITION_DEPTH)
      error([...path, "conditions"], at, `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels`, "flatten the all/any/not tree");
    for (const condition of leafConditions(rule.conditions)) {
      const message = checkCondition(condition, catalogs.facts, area.area);
      if (message) error([...path, "conditions"], `${at}.conditions`, message.text, message.fix);
    }
    const params = rule.event.params;
    if (params.answer !== undefined) {
      if (!catalogs.answers.has(params.answer))
        error([...path, "event", "params", "answer"], `${at}.event.params.answer`, `unknown answer id '${params.answer}'`, "add it to a file in answers/ or fix the id");
      else if (!area.answers.includes(params.answer))
        error([...path, "event", "params", "answer"], `${at}.event.params.answer`, `answer '${params.answer}' is not one of this area's answers`, "add it to the area's 'answers' list");
    }
    if (!catalogs.sections.has(params.section))
      error([...path, "event", "params", "section"], `${at}.event.params.section`, `section '${params.section}' is not a heading of the study note`, suggestSection(params.section, catalogs.sections));
  });
  return problems;
}

function checkCondition(
  condition: LeafCondition,
  facts: ReadonlyMap<string, FactDefinition>,
  area: string,
): { text: string; fix: string } | undefined {
  const fact = facts.get(condition.fact);
  if (!fact) return { text: `unknown fact '${condition.fact}'`, fix: "add it to a file in facts/ or fix the name" };
  if (!fact.areas.includes(area))
    return { text: `fact '${fact.name}' is not declared for area '${area}'`, fix: `add '${area}' to the fact's 'areas' in its facts/ file` };
  const { operator, value } = condition;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return facts.has(value.fact) ? undefined : { text: `unknown fact '${value.fact}' in value`, fix: "add it to a file in facts/ or fix the name" };
  }
  const values = Array.isArray(value) ? value : [value];
  const numeric = ["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"].includes(operator);
  switch (fact.type) {
    case "boolean":
      if (numeric || operator === "contains" || operator === "doesNotContain")
        return { text: `operator '${operator}' does not apply to boolean fact '${fact.name}'`, fix: "use equal / notEqual with true or false" };
      if (!values.every((v) => typeof v === "boolean"))
        return { text: `boolean fact '${fact.name}' compared with a non-boolean`, fix: "compare with true or false" };
      return undefined;
    case "number":
      if (!values.every((v) => typeof v === "number"))
        return { text: `number fact '${fact.name}' compared with a non-number`, fix: `give a number in ${fact.unit}` };
      if (operator === "contains" || operator === "doesNotContain")
        return { text: `operator '${operator}' does not apply to number fact '${fact.name}'`, fix: "use a comparison operator" };
      return undefined;
    case "enum":
    case "enum-list": {
      if (numeric) return { text: `operator '${operator}' does not apply to ${fact.type} fact '${fact.name}'`, fix: "use equal, in, contains…" };
      if (fact.type === "enum" && (operator === "contains" || operator === "doesNotContain"))
        return { text: `use 'equal' or 'in' with enum fact '${fact.name}', not '${operator}'`, fix: "change the operator" };
      if (fact.type === "enum-list" && !(operator === "contains" || operator === "doesNotContain"))
        return { text: `use 'contains' or 'doesNotContain' with list fact '${fact.name}'`, fix: "change the operator" };
      const unknown = values.filter((v) => typeof v !== "string" || !fact.values.includes(v));
      if (unknown.length > 0)
        return { text: `value ${unknown.map((v) => JSON.stringify(v)).join(", ")} is not allowed for '${fact.name}'`, fix: `use one of: ${fact.values.join(", ")}` };
      return undefined;
    }
  }
}

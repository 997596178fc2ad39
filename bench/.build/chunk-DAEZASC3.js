import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  MAX_CONDITION_DEPTH,
  MAX_NESTING,
  answersFileSchema,
  areaFileSchema,
  conditionDepth,
  external_exports,
  factsFileSchema,
  leafConditions,
  limitsFileSchema,
  nestingDepth,
  parseDataText,
  quantitiesFileSchema,
  readTextFile
} from "./chunk-HZCKYSJH.js";
import {
  problemsFromZod
} from "./chunk-AU2UU52M.js";
import {
  preparedKnowledge
} from "./chunk-T5FWLUUZ.js";
import {
  compareText
} from "./chunk-HLXJHIXV.js";

// src/core/load-knowledge.ts
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// src/core/note.ts
function parseNoteSections(markdown) {
  const lines = markdown.split(/\r?\n/);
  const sections = [];
  let current;
  const close = () => {
    if (current) sections.push({ ...current, body: current.body.join("\n").trim() });
  };
  lines.forEach((text, index) => {
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(text);
    if (heading) {
      close();
      current = { title: heading[2], level: heading[1].length, line: index + 1, body: [] };
    } else {
      current?.body.push(text);
    }
  });
  close();
  return sections;
}

// src/core/question/cue-schema.ts
var phraseSchema = external_exports.string().min(1).max(200).regex(/^!?[\p{L}\p{N} '$%#/*|.:&+-]+$/u, "use words, '|' for alternatives, '*' for a prefix, '#' for a number, ' ... ' for a gap").refine((p) => !/(^|\s)\.\.\.(\s*\.\.\.)/.test(p) && !p.trim().startsWith("...") && !p.trim().endsWith("..."), "a gap '...' must sit between words");
var factCue = external_exports.strictObject({
  fact: external_exports.string().min(1),
  /** The value the phrase means when stated plainly; a negated mention ("does not need …") flips a boolean. */
  value: external_exports.union([external_exports.boolean(), external_exports.string()]).optional(),
  /** For number facts: the phrase holds a '#', and the number found is multiplied by this (e.g. bytes → KB). */
  scale: external_exports.number().positive().optional(),
  phrases: external_exports.array(phraseSchema).min(1).max(80),
  /** Set false when the phrase keeps its meaning under negation. */
  negatable: external_exports.boolean().optional()
});
var answerCue = external_exports.strictObject({
  answer: external_exports.string().min(1),
  phrases: external_exports.array(phraseSchema).min(1).max(80)
});
var cuesFileSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  /** Phrases in a question's scenario that set facts. */
  facts: external_exports.array(factCue).max(2e3).default([]),
  /** Phrases in an option's text that name an answer, beyond its aliases ("raise the visibility timeout"). */
  answers: external_exports.array(answerCue).max(2e3).default([]),
  /** Topics the study note does not teach: naming one makes the reader cautious. */
  outOfScope: external_exports.array(external_exports.strictObject({ topic: external_exports.string().min(2), phrases: external_exports.array(phraseSchema).min(1).max(40) })).max(500).default([])
});
var questionShapeSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  /** Phrases whose '#' is the number of options to pick: "choose #", "select #"… */
  chooseCount: external_exports.array(phraseSchema).min(1),
  /** Number words a '#' also accepts: { "two": 2, "three": 3 }. */
  numberWords: external_exports.record(external_exports.string(), external_exports.number().int().min(1).max(10)),
  /** Phrases (cue syntax) that ask for the option that is NOT true / does not fit. */
  negativePolarity: external_exports.array(phraseSchema).min(1),
  /**
   * Phrases that, just after a cue, take its point back: "duplicates are acceptable", "strong consistency
   * is not required". They reverse a boolean cue as a negation before it would.
   */
  dismissive: external_exports.array(phraseSchema).default([]),
  /** Phrases in the question sentence that ask which statements are true (the options are claims). */
  statementQuestion: external_exports.array(phraseSchema).default([]),
  /** Phrases in the question sentence that ask to choose among rival answers ("which … should be used"). */
  choiceQuestion: external_exports.array(phraseSchema).default([])
});

// src/core/load-knowledge.ts
var NOTE_FILE = "aws-developer-notes.md";
function builtInRulesDir() {
  for (const candidate of ["../../rules", "../rules"]) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(dir, NOTE_FILE))) return dir;
  }
  throw new Error("the built-in rules directory is missing from this installation");
}
function loadKnowledge(dirs, options = {}) {
  const prepared = options.strictParse ? void 0 : preparedKnowledge(dirs);
  if (prepared) return { knowledge: prepared, problems: [] };
  const problems = [];
  const answers = /* @__PURE__ */ new Map();
  const facts = /* @__PURE__ */ new Map();
  const areaFiles = /* @__PURE__ */ new Map();
  const sections = /* @__PURE__ */ new Map();
  const cues = { facts: [], answers: [], outOfScope: [] };
  let questionShape;
  const limits = /* @__PURE__ */ new Map();
  const quantities = /* @__PURE__ */ new Map();
  const answerFiles = /* @__PURE__ */ new Map();
  const factFiles = /* @__PURE__ */ new Map();
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
        if (answerFiles.has(answer.id) && answerFiles.get(answer.id).dir === dir)
          problems.push({ file, where: `answer '${answer.id}'`, message: `answer id '${answer.id}' is also defined in ${answerFiles.get(answer.id).file}`, fix: "keep one definition", severity: "error" });
        answers.set(answer.id, answer);
        answerFiles.set(answer.id, { file, dir });
      }
    }
    for (const file of jsonFilesIn(join(dir, "facts"))) {
      const parsed = parseJsonFile(file, factsFileSchema, problems, options);
      for (const fact of parsed?.facts ?? []) {
        if (factFiles.has(fact.name) && factFiles.get(fact.name).dir === dir)
          problems.push({ file, where: `fact '${fact.name}'`, message: `fact '${fact.name}' is also defined in ${factFiles.get(fact.name).file}`, fix: "keep one definition", severity: "error" });
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
  const areas = /* @__PURE__ */ new Map();
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
    problems
  };
}
function checkCues(cues, answers, facts, problems) {
  const report = (file, where, message, fix) => problems.push({ file, where, message, fix, severity: "error" });
  const factCues = cues.facts.filter(({ file, ...cue }) => {
    const where = `cue for '${cue.fact}' ("${cue.phrases[0]}")`;
    const fact = facts.get(cue.fact);
    if (!fact) return void report(file, where, `unknown fact '${cue.fact}'`, "use a fact from facts/");
    const counts = cue.phrases.map((p) => (p.match(/(^|\s)#(?=\s|$)/g) ?? []).length);
    const halfNumbered = cue.phrases.find(
      (p) => p.split(/\s+\.\.\.\s+/).some((segment) => {
        const numbered = segment.split("|").map((alternative) => /(^|\s)#(\s|$)/.test(alternative.trim()));
        return numbered.includes(true) && numbered.includes(false);
      })
    );
    if (halfNumbered && fact.type === "number")
      return void report(file, where, `in "${halfNumbered}" some alternatives have the number '#' and some do not ('|' separates whole word sequences)`, "repeat the '#' in every alternative: '# kb|# kilobytes'");
    if (fact.type === "number") {
      if (cue.value !== void 0) return void report(file, where, "a number cue takes its value from the '#' in the phrase", "remove 'value'");
      if (counts.some((n) => n !== 1)) return void report(file, where, "every phrase of a number cue needs exactly one '#'", "add '#' where the number stands");
      return true;
    }
    if (cue.value === void 0) return void report(file, where, `a cue for ${fact.type} fact '${fact.name}' needs a value`, "add 'value'");
    if (fact.type === "boolean" && typeof cue.value !== "boolean") return void report(file, where, `'${fact.name}' is true or false`, "give value true or false");
    if ((fact.type === "enum" || fact.type === "enum-list") && (typeof cue.value !== "string" || !fact.values.includes(cue.value)))
      return void report(file, where, `value ${JSON.stringify(cue.value)} is not allowed for '${fact.name}'`, `use one of: ${fact.values.join(", ")}`);
    return true;
  });
  const answerCues = cues.answers.filter(
    ({ file, ...cue }) => answers.has(cue.answer) ? true : void report(file, `cue for answer '${cue.answer}'`, `unknown answer id '${cue.answer}'`, "use an id from answers/")
  );
  return {
    facts: factCues.map(({ file: _file, ...cue }) => cue),
    answers: answerCues.map(({ file: _file, ...cue }) => cue),
    outOfScope: cues.outOfScope
  };
}
function jsonSyntaxProblem(file, text, error) {
  const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? NaN);
  const before = Number.isNaN(offset) ? void 0 : text.slice(0, offset).split("\n");
  return {
    file,
    ...before ? { line: before.length, column: before[before.length - 1].length + 1 } : {},
    message: `invalid JSON: ${error.message.replace(/ in JSON at position \d+.*$/, "")}`,
    fix: "check for a missing comma, quote or bracket just before this place",
    severity: "error"
  };
}
function jsonFilesIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith(".json")).sort().map((name) => join(dir, name));
}
function parseJsonFile(file, schema, problems, options) {
  const read = readTextFile(file);
  if (!read.ok) {
    problems.push(...read.problems);
    return void 0;
  }
  let value;
  try {
    value = options.strictParse ? void 0 : JSON.parse(read.text);
    if (nestingDepth(value) > MAX_NESTING) value = void 0;
  } catch (error) {
    problems.push(jsonSyntaxProblem(file, read.text, error));
    return void 0;
  }
  const result = value === void 0 ? void 0 : schema.safeParse(value);
  if (result?.success) return result.data;
  const parsed = parseDataText(file, read.text);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return void 0;
  }
  const located = schema.safeParse(parsed.value);
  if (located.success) return located.data;
  problems.push(...problemsFromZod(file, located.error, parsed.locate));
  return void 0;
}
function checkCatalogs(answerFiles, answers, factFiles, facts, sections, problems) {
  for (const answer of answers.values()) {
    if (!sections.has(answer.section))
      problems.push({
        file: answerFiles.get(answer.id).file,
        where: `answer '${answer.id}'`,
        message: `section '${answer.section}' is not a heading of the study note`,
        fix: suggestSection(answer.section, sections),
        severity: "error"
      });
  }
  for (const fact of facts.values()) {
    if (fact.type === "number" && fact.min !== void 0 && fact.max !== void 0 && fact.min > fact.max)
      problems.push({
        file: factFiles.get(fact.name).file,
        where: `fact '${fact.name}'`,
        message: "min is greater than max",
        fix: "swap them",
        severity: "error"
      });
  }
}
function suggestSection(section, sections) {
  const wanted = section.toLowerCase();
  const close = [...sections.keys()].filter(
    (title) => title.toLowerCase().includes(wanted) || wanted.includes(title.toLowerCase())
  );
  return close.length > 0 ? `did you mean ${close.slice(0, 3).map((t) => `'${t}'`).join(" or ")}?` : "use a heading of the note exactly as written (run `aws-scenario explain sections`)";
}
function locateProblems(file, problems) {
  if (problems.length === 0) return [];
  const read = readTextFile(file);
  const parsed = read.ok ? parseDataText(file, read.text) : void 0;
  return problems.map(({ path, ...problem }) => ({ ...problem, ...parsed?.ok ? parsed.locate(path) : void 0 }));
}
function checkArea(area, catalogs) {
  const problems = [];
  const error = (path, where, message, fix) => problems.push({ file: area.file, path, where, message, fix, severity: "error" });
  area.answers.forEach((id, index) => {
    if (!catalogs.answers.has(id)) error(["answers", index], `answers[${index}]`, `unknown answer id '${id}'`, "add it to a file in answers/ or fix the id");
  });
  const seen = /* @__PURE__ */ new Set();
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
    if (params.answer !== void 0) {
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
function checkCondition(condition, facts, area) {
  const fact = facts.get(condition.fact);
  if (!fact) return { text: `unknown fact '${condition.fact}'`, fix: "add it to a file in facts/ or fix the name" };
  if (!fact.areas.includes(area))
    return { text: `fact '${fact.name}' is not declared for area '${area}'`, fix: `add '${area}' to the fact's 'areas' in its facts/ file` };
  const { operator, value } = condition;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return facts.has(value.fact) ? void 0 : { text: `unknown fact '${value.fact}' in value`, fix: "add it to a file in facts/ or fix the name" };
  }
  const values = Array.isArray(value) ? value : [value];
  const numeric = ["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"].includes(operator);
  switch (fact.type) {
    case "boolean":
      if (numeric || operator === "contains" || operator === "doesNotContain")
        return { text: `operator '${operator}' does not apply to boolean fact '${fact.name}'`, fix: "use equal / notEqual with true or false" };
      if (!values.every((v) => typeof v === "boolean"))
        return { text: `boolean fact '${fact.name}' compared with a non-boolean`, fix: "compare with true or false" };
      return void 0;
    case "number":
      if (!values.every((v) => typeof v === "number"))
        return { text: `number fact '${fact.name}' compared with a non-number`, fix: `give a number in ${fact.unit}` };
      if (operator === "contains" || operator === "doesNotContain")
        return { text: `operator '${operator}' does not apply to number fact '${fact.name}'`, fix: "use a comparison operator" };
      return void 0;
    case "enum":
    case "enum-list": {
      if (numeric) return { text: `operator '${operator}' does not apply to ${fact.type} fact '${fact.name}'`, fix: "use equal, in, contains\u2026" };
      if (fact.type === "enum" && (operator === "contains" || operator === "doesNotContain"))
        return { text: `use 'equal' or 'in' with enum fact '${fact.name}', not '${operator}'`, fix: "change the operator" };
      if (fact.type === "enum-list" && !(operator === "contains" || operator === "doesNotContain"))
        return { text: `use 'contains' or 'doesNotContain' with list fact '${fact.name}'`, fix: "change the operator" };
      const unknown = values.filter((v) => typeof v !== "string" || !fact.values.includes(v));
      if (unknown.length > 0)
        return { text: `value ${unknown.map((v) => JSON.stringify(v)).join(", ")} is not allowed for '${fact.name}'`, fix: `use one of: ${fact.values.join(", ")}` };
      return void 0;
    }
  }
}

export {
  builtInRulesDir,
  loadKnowledge
};

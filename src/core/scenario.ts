// Scenario files: facts about a situation plus, optionally, what the tool is expected to conclude.
import { z } from "zod";
import type { FactDefinition } from "./knowledge-schema.js";
import type { Knowledge } from "./load-knowledge.js";
import type { AreaVerdict, Evaluation, FactValue, FactValues } from "./evaluate.js";
import { problemsFromZod, type Locate, type Problem } from "./problems.js";
import { parseDataText } from "./source-file.js";

const answerIds = z.array(z.string().min(1)).max(50);

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).max(200),
  description: z.string().max(4000).optional(),
  /** Limit evaluation to these areas; by default every area that reads one of the facts. */
  area: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  facts: z.record(
    z.string(),
    z.union([z.boolean(), z.number().finite(), z.string().max(200), z.array(z.string().max(200)).max(50)]),
  ),
  expect: z
    .strictObject({
      recommend: answerIds.optional(),
      avoid: answerIds.optional(),
      caveats: answerIds.optional(),
    })
    .optional(),
});
export type ScenarioFile = z.infer<typeof scenarioSchema>;

export interface Scenario {
  readonly file: string;
  readonly name: string;
  readonly description?: string;
  readonly areas: readonly string[];
  readonly facts: FactValues;
  readonly expect?: ScenarioFile["expect"];
}

export type ScenarioLoad = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** Validates scenario text (YAML or JSON) against the schema and the fact catalog. */
export function parseScenario(file: string, text: string, knowledge: Knowledge): ScenarioLoad {
  const parsed = parseDataText(file, text);
  if (!parsed.ok) return parsed;
  return validateScenario(file, parsed.value, parsed.locate, knowledge);
}

export function validateScenario(file: string, value: unknown, locate: Locate, knowledge: Knowledge): ScenarioLoad {
  const result = scenarioSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error, locate) };
  const data = result.data;
  const problems: Problem[] = [];
  const report = (path: PropertyKey[], message: string, fix?: string) =>
    problems.push({ file, ...locate(path), where: path.map(String).join("."), message, fix, severity: "error" });

  const facts: Record<string, FactValue> = Object.create(null);
  for (const [name, factValue] of Object.entries(data.facts)) {
    const definition = knowledge.facts.get(name);
    if (!definition) {
      report(["facts", name], `unknown fact '${name}'`, closest(name, [...knowledge.facts.keys()]));
      continue;
    }
    const wrong = checkFactValue(definition, factValue);
    if (wrong) report(["facts", name], wrong.message, wrong.fix);
    else facts[name] = factValue;
  }

  const areas = data.area === undefined ? [] : Array.isArray(data.area) ? data.area : [data.area];
  areas.forEach((area, index) => {
    if (!knowledge.areas.has(area))
      report(Array.isArray(data.area) ? ["area", index] : ["area"], `unknown decision area '${area}'`, closest(area, [...knowledge.areas.keys()]));
  });
  for (const key of ["recommend", "avoid", "caveats"] as const) {
    data.expect?.[key]?.forEach((id, index) => {
      if (!knowledge.answers.has(id)) report(["expect", key, index], `unknown answer id '${id}'`, closest(id, [...knowledge.answers.keys()]));
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    scenario: { file, name: data.name, description: data.description, areas, facts, expect: data.expect },
  };
}

export function checkFactValue(definition: FactDefinition, value: unknown): { message: string; fix: string } | undefined {
  switch (definition.type) {
    case "boolean":
      return typeof value === "boolean" ? undefined : { message: `'${definition.name}' must be true or false`, fix: "write true or false" };
    case "number": {
      if (typeof value !== "number") return { message: `'${definition.name}' must be a number in ${definition.unit}`, fix: `write a plain number of ${definition.unit}` };
      if (definition.min !== undefined && value < definition.min)
        return { message: `'${definition.name}' is ${value} ${definition.unit}, below the minimum ${definition.min}`, fix: `use at least ${definition.min}` };
      if (definition.max !== undefined && value > definition.max)
        return { message: `'${definition.name}' is ${value} ${definition.unit}, above the maximum ${definition.max}`, fix: `use at most ${definition.max}` };
      return undefined;
    }
    case "enum":
      return typeof value === "string" && definition.values.includes(value)
        ? undefined
        : { message: `'${definition.name}' must be one of ${definition.values.join(", ")}`, fix: `use one of: ${definition.values.join(", ")}` };
    case "enum-list": {
      const list = Array.isArray(value) ? value : undefined;
      if (!list) return { message: `'${definition.name}' must be a list`, fix: `write a list such as [${definition.values[0]}]` };
      const bad = list.filter((item) => typeof item !== "string" || !definition.values.includes(item));
      return bad.length === 0
        ? undefined
        : { message: `'${definition.name}' has values not allowed: ${bad.join(", ")}`, fix: `use only: ${definition.values.join(", ")}` };
    }
  }
}

/** "did you mean …?" from the candidate with the smallest edit distance, when it is close enough. */
export function closest(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const containing = candidates.filter((c) => word.length >= 3 && c.toLowerCase().includes(word.toLowerCase()));
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))) return `did you mean '${best}'?`;
  return containing.length > 0 && containing.length <= 3
    ? `did you mean ${containing.map((c) => `'${c}'`).join(" or ")}?`
    : "run `aws-scenario explain facts` (or `explain areas`) for the names the tool knows";
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

// ---------- expectations ----------

export interface ExpectationResult {
  readonly passed: boolean;
  /** One plain sentence per unmet expectation. */
  readonly failures: readonly string[];
}

export function checkExpectations(expect: NonNullable<Scenario["expect"]>, evaluation: Evaluation, knowledge: Knowledge): ExpectationResult {
  const failures: string[] = [];
  const chosen = new Set(evaluation.areas.flatMap((a) => a.chosen));
  const caveats = new Set(evaluation.areas.flatMap((a) => a.caveats.map((c) => c.answer)));
  const name = (id: string) => knowledge.answers.get(id)?.name ?? id;
  const chosenIn = (id: string) => {
    const area = evaluation.areas.find((a) => a.ranking.some((r) => r.answer === id));
    return area ? describeChosen(area, name) : "no evaluated area offers it";
  };
  for (const id of expect.recommend ?? [])
    if (!chosen.has(id)) failures.push(`expected ${id} (${name(id)}) to be recommended, but ${chosenIn(id)}`);
  for (const id of expect.avoid ?? [])
    if (chosen.has(id)) failures.push(`expected ${id} (${name(id)}) not to be recommended, but it was`);
  for (const id of expect.caveats ?? [])
    if (!caveats.has(id)) failures.push(`expected a caveat about ${id} (${name(id)}), but none was raised`);
  return { passed: failures.length === 0, failures };
}

function describeChosen(area: AreaVerdict, name: (id: string) => string): string {
  return area.chosen.length === 0
    ? `nothing was recommended in '${area.area}'`
    : `the recommendation was ${area.chosen.map((id) => `${id} (${name(id)})`).join(", ")}`;
}

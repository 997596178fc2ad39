import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  external_exports
} from "./chunk-HZCKYSJH.js";
import {
  problemsFromZod
} from "./chunk-AU2UU52M.js";

// src/core/scenario.ts
var answerIds = external_exports.array(external_exports.string().min(1)).max(50);
var scenarioSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  name: external_exports.string().min(1).max(200),
  description: external_exports.string().max(4e3).optional(),
  /** Limit evaluation to these areas; by default every area that reads one of the facts. */
  area: external_exports.union([external_exports.string(), external_exports.array(external_exports.string()).min(1)]).optional(),
  facts: external_exports.record(
    external_exports.string(),
    external_exports.union([external_exports.boolean(), external_exports.number().finite(), external_exports.string().max(200), external_exports.array(external_exports.string().max(200)).max(50)])
  ),
  expect: external_exports.strictObject({
    recommend: answerIds.optional(),
    avoid: answerIds.optional(),
    caveats: answerIds.optional()
  }).optional()
});
function validateScenario(file, value, locate, knowledge) {
  const result = scenarioSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error, locate) };
  const data = result.data;
  const problems = [];
  const report = (path, message, fix) => problems.push({ file, ...locate(path), where: path.map(String).join("."), message, fix, severity: "error" });
  const facts = /* @__PURE__ */ Object.create(null);
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
  const areas = data.area === void 0 ? [] : Array.isArray(data.area) ? data.area : [data.area];
  areas.forEach((area, index) => {
    if (!knowledge.areas.has(area))
      report(Array.isArray(data.area) ? ["area", index] : ["area"], `unknown decision area '${area}'`, closest(area, [...knowledge.areas.keys()]));
  });
  for (const key of ["recommend", "avoid", "caveats"]) {
    data.expect?.[key]?.forEach((id, index) => {
      if (!knowledge.answers.has(id)) report(["expect", key, index], `unknown answer id '${id}'`, closest(id, [...knowledge.answers.keys()]));
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    scenario: { file, name: data.name, description: data.description, areas, facts, expect: data.expect }
  };
}
function checkFactValue(definition, value) {
  switch (definition.type) {
    case "boolean":
      return typeof value === "boolean" ? void 0 : { message: `'${definition.name}' must be true or false`, fix: "write true or false" };
    case "number": {
      if (typeof value !== "number") return { message: `'${definition.name}' must be a number in ${definition.unit}`, fix: `write a plain number of ${definition.unit}` };
      if (definition.min !== void 0 && value < definition.min)
        return { message: `'${definition.name}' is ${value} ${definition.unit}, below the minimum ${definition.min}`, fix: `use at least ${definition.min}` };
      if (definition.max !== void 0 && value > definition.max)
        return { message: `'${definition.name}' is ${value} ${definition.unit}, above the maximum ${definition.max}`, fix: `use at most ${definition.max}` };
      return void 0;
    }
    case "enum":
      return typeof value === "string" && definition.values.includes(value) ? void 0 : { message: `'${definition.name}' must be one of ${definition.values.join(", ")}`, fix: `use one of: ${definition.values.join(", ")}` };
    case "enum-list": {
      const list = Array.isArray(value) ? value : void 0;
      if (!list) return { message: `'${definition.name}' must be a list`, fix: `write a list such as [${definition.values[0]}]` };
      const bad = list.filter((item) => typeof item !== "string" || !definition.values.includes(item));
      return bad.length === 0 ? void 0 : { message: `'${definition.name}' has values not allowed: ${bad.join(", ")}`, fix: `use only: ${definition.values.join(", ")}` };
    }
  }
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const containing = candidates.filter((c) => word.length >= 3 && c.toLowerCase().includes(word.toLowerCase()));
  if (best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3))) return `did you mean '${best}'?`;
  return containing.length > 0 && containing.length <= 3 ? `did you mean ${containing.map((c) => `'${c}'`).join(" or ")}?` : "run `aws-scenario explain facts` (or `explain areas`) for the names the tool knows";
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
function checkExpectations(expect, evaluation, knowledge) {
  const failures = [];
  const chosen = new Set(evaluation.areas.flatMap((a) => a.chosen));
  const caveats = new Set(evaluation.areas.flatMap((a) => a.caveats.map((c) => c.answer)));
  const name = (id) => knowledge.answers.get(id)?.name ?? id;
  const chosenIn = (id) => {
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
function describeChosen(area, name) {
  return area.chosen.length === 0 ? `nothing was recommended in '${area.area}'` : `the recommendation was ${area.chosen.map((id) => `${id} (${name(id)})`).join(", ")}`;
}

export {
  validateScenario,
  checkFactValue,
  closest,
  checkExpectations
};

import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  dynamoDbCapacity,
  ebsGp2BaselineIops
} from "./chunk-4QCJHVUD.js";
import {
  compilePhrase,
  findPhrase,
  readFactsFromSentences,
  readSentences
} from "./chunk-UCS6YJT6.js";
import "./chunk-DAEZASC3.js";
import "./chunk-HZCKYSJH.js";
import "./chunk-AU2UU52M.js";
import "./chunk-T5FWLUUZ.js";
import "./chunk-HLXJHIXV.js";
import "./chunk-KPOE4I3O.js";

// src/core/quantities.ts
var need = (facts, names) => names.filter((name) => typeof facts[name] !== "number");
var CALCULATORS = {
  "dynamodb-read-capacity": (facts) => {
    const missing = need(facts, ["itemSizeKB", "readsPerSecond"]);
    if (typeof facts.needsStronglyConsistentReads !== "boolean") missing.push("needsStronglyConsistentReads");
    if (missing.length > 0) return { ok: false, missing };
    const result = dynamoDbCapacity({
      itemSizeKB: facts.itemSizeKB,
      readsPerSecond: facts.readsPerSecond,
      writesPerSecond: 0,
      consistency: facts.needsStronglyConsistentReads ? "strong" : "eventual"
    });
    return { ok: true, value: result.readCapacityUnits, steps: result.steps, section: result.section };
  },
  "dynamodb-write-capacity": (facts) => {
    const missing = need(facts, ["itemSizeKB", "writesPerSecond"]);
    if (missing.length > 0) return { ok: false, missing };
    const result = dynamoDbCapacity({ itemSizeKB: facts.itemSizeKB, readsPerSecond: 0, writesPerSecond: facts.writesPerSecond, consistency: "strong" });
    return { ok: true, value: result.writeCapacityUnits, steps: result.steps, section: result.section };
  },
  "ebs-gp2-baseline-iops": (facts) => {
    const missing = need(facts, ["volumeSizeGiB"]);
    if (missing.length > 0) return { ok: false, missing };
    const result = ebsGp2BaselineIops(Math.round(facts.volumeSizeGiB));
    return { ok: true, value: result.baselineIops, steps: result.steps, section: result.section };
  }
};
function computeQuantity(calculation, facts) {
  try {
    return CALCULATORS[calculation](facts);
  } catch {
    return { ok: false, missing: [] };
  }
}

// src/core/question/map-options.ts
var namersByKnowledge = /* @__PURE__ */ new WeakMap();
function namersOf(knowledge) {
  let namers = namersByKnowledge.get(knowledge);
  if (!namers) {
    namers = [];
    for (const answer of knowledge.answers.values())
      for (const name of [answer.name, ...answer.aliases]) namers.push({ answer: answer.id, phrase: escapePhrase(name), exact: true });
    for (const cue of knowledge.cues.answers) for (const phrase of cue.phrases) namers.push({ answer: cue.answer, phrase, exact: false });
    namersByKnowledge.set(knowledge, namers);
  }
  return namers;
}
function escapePhrase(name) {
  return name.replace(/[|*#]/g, " ").replace(/\.\.\./g, " ").replace(/[^\p{L}\p{N} '$%/.:&+-]/gu, " ").replace(/\s+/g, " ").trim();
}
function mapOption(text, knowledge) {
  const sentences = readSentences(text);
  const found = [];
  for (const namer of namersOf(knowledge)) {
    if (!namer.phrase) continue;
    for (const match of findPhrase(compilePhrase(namer.phrase, { exactWords: namer.exact }), sentences)) found.push({ answer: namer.answer, match });
  }
  const kept = found.filter(
    ({ answer, match }) => !found.some(
      (other) => other.answer !== answer && other.match.sentence === match.sentence && other.match.start <= match.start && other.match.end >= match.end && other.match.matched > match.matched
    )
  );
  const evidence = {};
  for (const { answer, match } of kept) evidence[answer] ??= match.evidence;
  const answers = Object.keys(evidence).sort();
  const negated = kept.length > 0 && kept.every(({ match }) => match.negated);
  return { answers, evidence, negated };
}

// src/core/question/answer-question.ts
var MIN_MARGIN = 2;
async function answerQuestion(question, knowledge, evaluator) {
  const sentences = readSentences(question.stem);
  const shape = questionShape(sentences, knowledge);
  const stemFacts = readFactsFromSentences(withoutPolarityNegation(sentences, shape), knowledge);
  const factAreas = areasOfFacts(stemFacts, knowledge);
  const options = question.options.map((option) => ({
    letter: option.letter,
    text: option.text,
    named: mapOption(option.text, knowledge),
    facts: readFactsFromSentences(readSentences(option.text), knowledge),
    answers: [],
    score: null,
    reasonsFor: [],
    reasonsAgainst: []
  }));
  const abstain = (reason, areas2 = [], caveats2 = []) => outcome(question, shape, stemFacts, options, [], reason, 0, areas2, caveats2);
  const outOfScope = outOfScopeTopics(question, sentences, knowledge);
  const quantity = asked(knowledge.quantities, sentences);
  let uncomputed;
  if (quantity) {
    const computed = computeQuantity(quantity.calculation, factObject(stemFacts));
    const areasOfQuantity = [...areasOfFacts(stemFacts, knowledge)].sort();
    if (!computed.ok)
      uncomputed = `the question asks for ${quantity.id.replace(/-/g, " ")}, but ${computed.missing.length > 0 ? `the question does not say ${computed.missing.join(", ")}` : "its numbers are outside what can be computed"}`;
    const reason = computed.ok ? { rule: quantity.id, kind: "recommend", text: `${computed.steps.join("; ")}.`, section: computed.section, weight: 6 } : void 0;
    if (computed.ok && reason && scoreNumbers(options, computed.value, {}, reason)) {
      const picked2 = pick(options, shape);
      if (!picked2.ok) return abstain(`${picked2.reason}; the computed answer is ${computed.value}`, areasOfQuantity);
      return outcome(question, shape, stemFacts, options, picked2.letters, void 0, picked2.confidence, areasOfQuantity, []);
    }
  }
  const limit = asked(knowledge.limits, sentences);
  if (limit && scoreNumbers(options, limit.value, limit.units, { rule: limit.id, kind: "recommend", text: limit.reason, section: limit.section, weight: 6 })) {
    const limitAreas = knowledge.facts.get(limit.fact)?.areas ?? [];
    if (outOfScope.length > 0) return abstain(`the question involves ${outOfScope.join(", ")}, which the study note does not teach`, limitAreas);
    const picked2 = pick(options, shape);
    const caveat = limit.today ? [{ rule: limit.id, kind: "caveat", text: limit.reason, section: limit.section, weight: 0, today: limit.today }] : [];
    if (!picked2.ok) return abstain(picked2.reason, limitAreas, caveat);
    return outcome(question, shape, stemFacts, options, picked2.letters, void 0, picked2.confidence, limitAreas, caveat);
  }
  const stemSubjects = mapOption(question.stem, knowledge).answers;
  const choiceAreas = [...factAreas].filter((area) => options.filter((o) => o.named.answers.some((a) => answerInArea(a, area, knowledge))).length >= 2);
  const statementMode = options.filter((o) => o.facts.length > 0).length >= 2 && (asksForStatements(sentences, knowledge) || choiceAreas.length === 0 && (stemSubjects.length > 0 || options.some((o) => o.named.answers.length > 0)));
  if (uncomputed) return abstain(uncomputed, [...factAreas]);
  if (stemFacts.length === 0 && !statementMode)
    return abstain(`no fact the study note decides on was recognised in the question${describeNamed(options, outOfScope)}`);
  let areas;
  let caveats = [];
  if (statementMode) {
    const judged = await scoreStatements(options, stemSubjects, stemFacts, knowledge, evaluator);
    areas = judged.areas;
    caveats = judged.caveats;
  } else {
    areas = choiceAreas.sort();
    const subjectInStem = stemSubjects.some((subject) => areas.some((area) => answerInArea(subject, area, knowledge)));
    if (subjectInStem && !asksToChoose(sentences, knowledge))
      return abstain(`the question asks about ${stemSubjects.join(", ")} itself rather than which answer to choose`, areas);
    if (areas.length === 0)
      return abstain(
        `the question speaks about ${[...factAreas].join(", ")}, but fewer than two options name an answer of that decision${describeNamed(options, outOfScope)}`,
        [...factAreas]
      );
    const evaluation = await evaluator.evaluate(factObject(stemFacts), areas, { missingFacts: "absent" });
    scoreChoices(options, evaluation.areas);
    for (const option of options) penaliseLimitBreaches(option, knowledge);
    caveats = evaluation.areas.flatMap((a) => [...a.caveats]);
  }
  const recognised = options.filter((o) => o.score !== null);
  if (recognised.length < 2) return abstain(`only ${recognised.length} option(s) could be judged by the rules${describeNamed(options, outOfScope)}`, areas, caveats);
  if (statementMode && recognised.length < options.length)
    return abstain(`${options.length - recognised.length} of the statements could not be checked against the rules`, areas, caveats);
  const picked = pick(options, shape);
  if (!picked.ok) return abstain(picked.reason, areas, caveats);
  if (outOfScope.length > 0 && recognised.length < options.length)
    return abstain(`the question involves ${outOfScope.join(", ")}, which the study note does not teach`, areas, caveats);
  return outcome(question, shape, stemFacts, options, picked.letters, void 0, picked.confidence, areas, caveats);
}
function questionShape(sentences, knowledge) {
  const shape = knowledge.questionShape;
  if (!shape) return { choose: 1, polarity: "positive" };
  let choose = 1;
  for (const phrase of shape.chooseCount) {
    const match = findPhrase(compilePhrase(phrase), sentences, { numberWords: shape.numberWords })[0];
    if (match?.numbers[0]) {
      choose = match.numbers[0];
      break;
    }
  }
  const asking = askingSentence(sentences);
  const negative = asking !== void 0 && shape.negativePolarity.some((phrase) => findPhrase(compilePhrase(phrase), [sentences[asking]]).length > 0);
  return { choose, polarity: negative ? "negative" : "positive", asking: negative ? asking : void 0 };
}
function asksForStatements(sentences, knowledge) {
  const asking = askingSentence(sentences);
  const phrases = knowledge.questionShape?.statementQuestion ?? [];
  return asking !== void 0 && phrases.some((phrase) => findPhrase(compilePhrase(phrase), [sentences[asking]]).length > 0);
}
function asksToChoose(sentences, knowledge) {
  const asking = askingSentence(sentences);
  const phrases = knowledge.questionShape?.choiceQuestion ?? [];
  return asking !== void 0 && phrases.some((phrase) => findPhrase(compilePhrase(phrase), [sentences[asking]]).length > 0);
}
function askingSentence(sentences) {
  for (let i = sentences.length - 1; i >= 0; i--) if (sentences[i].text.includes("?")) return i;
  return sentences.length > 0 ? sentences.length - 1 : void 0;
}
function withoutPolarityNegation(sentences, shape) {
  return sentences.map(
    (sentence, index) => index === shape.asking ? { ...sentence, tokens: sentence.tokens.map((token) => ({ ...token, negated: false })) } : sentence
  );
}
function outOfScopeTopics(question, stem, knowledge) {
  const texts = [stem, ...question.options.map((o) => readSentences(o.text))];
  return knowledge.cues.outOfScope.filter((topic) => topic.phrases.some((phrase) => texts.some((sentences) => findPhrase(compilePhrase(phrase), sentences).length > 0))).map((topic) => topic.topic);
}
function asked(candidates, sentences) {
  const asking = askingSentence(sentences);
  const question = asking === void 0 ? sentences : [sentences[asking]];
  return candidates.find((candidate) => candidate.asks.some((phrase) => findPhrase(compilePhrase(phrase), question).length > 0));
}
function optionNumber(text, units) {
  const tokens = readSentences(text).flatMap((s) => s.tokens);
  const values = [];
  tokens.forEach((token, index) => {
    if (token.number === void 0) return;
    const unit = tokens[index + 1]?.normal;
    const factor = unit === void 0 ? void 0 : Object.entries(units).find(([name]) => unit === name || unit === `${name}s`)?.[1];
    values.push(token.number * (factor ?? 1));
  });
  return values.length === 1 ? values[0] : void 0;
}
function scoreNumbers(options, target, units, reason) {
  const numbers = options.map((option) => optionNumber(option.text, units));
  if (numbers.filter((n) => n !== void 0).length < 2) return false;
  options.forEach((option, index) => {
    const value = numbers[index];
    if (value === void 0) return;
    const right = Math.abs(value - target) < 1e-9;
    option.score = right ? 6 : -6;
    if (right) option.reasonsFor.push(reason);
    else option.reasonsAgainst.push({ ...reason, kind: "avoid", text: `Not ${value}: ${reason.text}` });
  });
  return true;
}
function penaliseLimitBreaches(option, knowledge) {
  for (const fact of option.facts) {
    const limit = knowledge.limits.find((l) => l.fact === fact.name && l.kind === "maximum" && typeof fact.value === "number" && fact.value > l.value);
    if (!limit) continue;
    option.score = (option.score ?? 0) - 6;
    option.reasonsAgainst.push({ rule: limit.id, kind: "avoid", text: `It goes beyond the maximum: ${limit.reason}`, section: limit.section, weight: 6 });
  }
}
function factObject(facts) {
  return Object.fromEntries(facts.map((f) => [f.name, f.value]));
}
function areasOfFacts(facts, knowledge) {
  return new Set(facts.flatMap((f) => knowledge.facts.get(f.name)?.areas ?? []).filter((area) => knowledge.areas.has(area)));
}
function areasOfAnswer(answer, knowledge) {
  return [...knowledge.areas.values()].filter((area) => area.answers.includes(answer)).map((area) => area.area);
}
function answerInArea(answer, area, knowledge) {
  return knowledge.areas.get(area)?.answers.includes(answer) ?? false;
}
function scoreChoices(options, verdicts) {
  for (const option of options) {
    let score = 0;
    let judged = false;
    for (const answer of option.named.answers) {
      const ranked = verdicts.flatMap((v) => v.ranking.filter((r) => r.answer === answer));
      if (ranked.length === 0) continue;
      judged = true;
      option.answers.push(answer);
      const best = ranked.reduce((a, b) => Math.abs(b.score) > Math.abs(a.score) ? b : a);
      score += best.score;
      option.reasonsFor.push(...best.reasonsFor);
      option.reasonsAgainst.push(...best.reasonsAgainst);
    }
    if (judged) option.score = option.named.negated ? -score : score;
  }
}
async function scoreStatements(options, stemSubjects, stemFacts, knowledge, evaluator) {
  const baseFacts = factObject(stemFacts);
  const usedAreas = /* @__PURE__ */ new Set();
  const caveats = [];
  for (const option of options) {
    const subjects = option.named.answers.length > 0 ? option.named.answers : stemSubjects;
    const factAreas = areasOfFacts(option.facts, knowledge);
    const areas = [...new Set(subjects.flatMap((subject) => areasOfAnswer(subject, knowledge)))].filter((area) => factAreas.has(area)).sort();
    if (option.facts.length === 0 || areas.length === 0) continue;
    const scoreOf = (verdicts) => verdicts.flatMap((v) => v.ranking.filter((r) => subjects.includes(r.answer)));
    const before = scoreOf((await evaluator.evaluate(baseFacts, areas, { missingFacts: "absent" })).areas);
    const evaluation = await evaluator.evaluate({ ...baseFacts, ...factObject(option.facts) }, areas, { missingFacts: "absent" });
    const after = scoreOf(evaluation.areas);
    const total = (ranked) => ranked.reduce((sum, r) => sum + r.score, 0);
    const delta = total(after) - total(before);
    const seen = new Set(before.flatMap((r) => [...r.reasonsFor, ...r.reasonsAgainst]).map((r) => r.rule));
    const newFor = after.flatMap((r) => r.reasonsFor).filter((r) => !seen.has(r.rule));
    const newAgainst = after.flatMap((r) => r.reasonsAgainst).filter((r) => !seen.has(r.rule));
    if (newFor.length === 0 && newAgainst.length === 0) continue;
    option.score = option.named.negated ? -delta : delta;
    option.answers.push(...subjects);
    option.reasonsFor.push(...newFor);
    option.reasonsAgainst.push(...newAgainst);
    areas.forEach((area) => usedAreas.add(area));
    caveats.push(...evaluation.areas.flatMap((a) => a.caveats));
  }
  return { areas: [...usedAreas].sort(), caveats };
}
function pick(options, shape) {
  const judged = options.filter((o) => o.score !== null);
  const sign = shape.polarity === "positive" ? 1 : -1;
  const ranked = [...judged].sort((a, b) => sign * (b.score - a.score) || (a.letter < b.letter ? -1 : 1));
  const n = shape.choose;
  if (n >= options.length) return { ok: false, reason: `the question asks for ${n} options out of ${options.length}` };
  const chosen = ranked.slice(0, n);
  if (chosen.length < n) return { ok: false, reason: `only ${chosen.length} option(s) could be judged, and ${n} are asked for` };
  const worstChosen = sign * chosen[chosen.length - 1].score;
  if (worstChosen <= 0)
    return {
      ok: false,
      reason: shape.polarity === "positive" ? "no option is supported by the rules for the facts read from the question" : "no option is contradicted by the rules, so none stands out as the one that does not fit"
    };
  const runnerUp = ranked[n] ? sign * ranked[n].score : void 0;
  const unjudged = judged.length < options.length;
  const rival = Math.max(runnerUp ?? -Infinity, unjudged ? 0 : -Infinity);
  const margin = worstChosen - (Number.isFinite(rival) ? rival : 0);
  if (margin < MIN_MARGIN)
    return { ok: false, reason: `too close to call: the best option leads the next by ${margin} point(s), less than ${MIN_MARGIN}` };
  return { ok: true, letters: chosen.map((o) => o.letter).sort(), confidence: round2(margin / (margin + 4)) };
}
function round2(value) {
  return Math.round(value * 100) / 100;
}
function outcome(question, shape, facts, options, letters, abstainReason, confidence, areas, caveats) {
  const abstained = abstainReason !== void 0;
  const verdicts = options.map((option) => {
    const chosen = letters.includes(option.letter);
    const reasons = (chosen === (shape.polarity === "positive") ? [...option.reasonsFor, ...option.reasonsAgainst] : [...option.reasonsAgainst, ...option.reasonsFor]).map(
      (r) => `${r.text} [${r.section}]`
    );
    return {
      letter: option.letter,
      text: option.text,
      answers: option.answers.length > 0 ? option.answers : option.named.answers,
      facts: option.facts,
      verdict: option.score === null ? "unrecognised" : chosen ? "chosen" : "rejected",
      score: option.score,
      reasons: [...new Set(reasons)]
    };
  });
  const uniqueCaveats = [...new Map(caveats.map((c) => [c.rule, c])).values()];
  const expected = question.expected;
  const answer = abstained ? [] : [...letters];
  const correct = expected === void 0 ? null : expected === "out-of-scope" ? abstained : !abstained && answer.join(",") === expected.join(",");
  return {
    kind: "question",
    file: question.file,
    answer,
    abstained,
    ...abstainReason ? { abstainReason } : {},
    confidence: abstained ? 0 : confidence,
    choose: shape.choose,
    polarity: shape.polarity,
    areas,
    facts,
    options: verdicts,
    caveats: uniqueCaveats,
    ...expected !== void 0 ? { expected } : {},
    correct
  };
}
function describeNamed(options, outOfScope) {
  const named = [...new Set(options.flatMap((o) => o.named.answers))];
  const parts = [];
  if (named.length > 0) parts.push(`the options name ${named.join(", ")}`);
  if (outOfScope.length > 0) parts.push(`it involves ${outOfScope.join(", ")}, which the note does not teach`);
  return parts.length > 0 ? `; ${parts.join("; ")}` : "";
}
export {
  MIN_MARGIN,
  answerQuestion,
  optionNumber
};

// A question in, a verdict on every option out: facts from the scenario, answers from the options,
// the same rules as everywhere else, and an honest abstention when the evidence is thin.
import { isDeepStrictEqual } from "node:util";
import type { AreaVerdict, Evaluator, FactValue, FactValues, Reason } from "../evaluate.js";
import type { Knowledge } from "../load-knowledge.js";
import { computeQuantity } from "../quantities.js";
import { mapOption, type OptionAnswers } from "./map-options.js";
import { compilePhrase, findPhrase } from "./phrase.js";
import type { Question } from "./parse-question.js";
import { readFactsFromSentences, type ReadFact } from "./read-facts.js";
import { readSentences, type Sentence } from "./text-reader.js";

/** The smallest lead, in rule-weight points, that lets the best option(s) win over the next one. */
export const MIN_MARGIN = 2;

export interface OptionVerdict {
  readonly letter: string;
  readonly text: string;
  /** Answer ids the option names (or, for a statement about the question's subject, the subject). */
  readonly answers: readonly string[];
  /** Facts the option states, when it is a statement rather than a choice of service. */
  readonly facts: readonly ReadFact[];
  readonly verdict: "chosen" | "rejected" | "unrecognised";
  readonly score: number | null;
  /** One line per reason, each ending with its note section in brackets. */
  readonly reasons: readonly string[];
}

export interface QuestionOutcome {
  readonly kind: "question";
  readonly file: string;
  /** Chosen letters in alphabetical order; empty when abstained. */
  readonly answer: readonly string[];
  readonly abstained: boolean;
  /** Why the reader abstained, and what it did recognise. */
  readonly abstainReason?: string;
  /** 0…1: how clearly the chosen option(s) beat the rest. */
  readonly confidence: number;
  readonly choose: number;
  /** "negative" when the question asks for the option that is NOT true / does not fit. */
  readonly polarity: "positive" | "negative";
  readonly areas: readonly string[];
  readonly facts: readonly ReadFact[];
  readonly options: readonly OptionVerdict[];
  readonly caveats: readonly Reason[];
  readonly expected?: readonly string[] | "out-of-scope";
  /** Whether the outcome matches `expected`; null when the file gives no answer. */
  readonly correct: boolean | null;
}

interface ScoredOption {
  readonly letter: string;
  readonly text: string;
  readonly named: OptionAnswers;
  readonly facts: ReadFact[];
  answers: string[];
  score: number | null;
  reasonsFor: Reason[];
  reasonsAgainst: Reason[];
}

export async function answerQuestion(question: Question, knowledge: Knowledge, evaluator: Evaluator): Promise<QuestionOutcome> {
  const sentences = readSentences(question.stem);
  const shape = questionShape(sentences, knowledge);
  const stemFacts = readFactsFromSentences(withoutPolarityNegation(sentences, shape), knowledge);
  const factAreas = areasOfFacts(stemFacts, knowledge);
  const options: ScoredOption[] = question.options.map((option) => ({
    letter: option.letter,
    text: option.text,
    named: mapOption(option.text, knowledge),
    facts: readFactsFromSentences(readSentences(option.text), knowledge),
    answers: [],
    score: null,
    reasonsFor: [],
    reasonsAgainst: [],
  }));

  const abstain = (reason: string, areas: readonly string[] = [], caveats: readonly Reason[] = []) =>
    outcome(question, shape, stemFacts, options, [], reason, 0, areas, caveats);

  const untaught = untaughtTopics(question, sentences, knowledge);
  const outOfScope = untaught.all;
  const quantity = asked(knowledge.quantities, sentences);
  // A capacity question without all its inputs may still be a limit question ("How many reads does one
  // RCU give?"): fall through to limits, and only then say what was missing.
  let uncomputed: string | undefined;
  if (quantity) {
    const computed = computeQuantity(quantity.calculation, factObject(stemFacts));
    const areasOfQuantity = [...areasOfFacts(stemFacts, knowledge)].sort();
    if (!computed.ok)
      uncomputed = `the question asks for ${quantity.id.replace(/-/g, " ")}, but ${computed.missing.length > 0 ? `the question does not say ${computed.missing.join(", ")}` : "its numbers are outside what can be computed"}`;
    const reason: Reason | undefined = computed.ok
      ? { rule: quantity.id, kind: "recommend", text: `${computed.steps.join("; ")}.`, section: computed.section, weight: 6 }
      : undefined;
    if (computed.ok && reason && scoreNumbers(options, computed.value, {}, reason, knowledge)) {
      const picked = pick(options, shape);
      if (!picked.ok) return abstain(`${picked.reason}; the computed answer is ${computed.value}`, areasOfQuantity);
      return outcome(question, shape, stemFacts, options, picked.letters, undefined, picked.confidence, areasOfQuantity, []);
    }
  }
  const limit = asked(knowledge.limits, sentences);
  if (limit && scoreNumbers(options, limit.value, limit.units, { rule: limit.id, kind: "recommend", text: limit.reason, section: limit.section, weight: 6 }, knowledge)) {
    const limitAreas = knowledge.facts.get(limit.fact)?.areas ?? [];
    if (outOfScope.length > 0) return abstain(`the question involves ${outOfScope.join(", ")}, which the study note does not teach`, limitAreas);
    const picked = pick(options, shape);
    const caveat: Reason[] = limit.today ? [{ rule: limit.id, kind: "caveat", text: limit.reason, section: limit.section, weight: 0, today: limit.today }] : [];
    if (!picked.ok) return abstain(picked.reason, limitAreas, caveat);
    return outcome(question, shape, stemFacts, options, picked.letters, undefined, picked.confidence, limitAreas, caveat);
  }
  // What the stem is about: the answers it names outright (an action phrase such as "roll back" is not a name).
  const stemSubjects = mapOption(question.stem, knowledge, { namesOnly: true }).answers;
  const choiceAreas = [...factAreas].filter((area) => options.filter((o) => o.named.answers.some((a) => answerInArea(a, area, knowledge))).length >= 2);
  // Options that state facts ("SQS is pull-based", "supports sorted sets") are statements to check
  // against the rules, when the question asks about statements or no option is a plain choice.
  const statementMode =
    options.filter((o) => o.facts.length > 0).length >= 2 &&
    (asksForStatements(sentences, knowledge) || (choiceAreas.length === 0 && (stemSubjects.length > 0 || options.some((o) => o.named.answers.length > 0))));

  if (uncomputed) return abstain(uncomputed, [...factAreas]);
  if (stemFacts.length === 0 && !statementMode)
    return abstain(`no fact the study note decides on was recognised in the question${describeNamed(options, outOfScope)}`);

  let areas: string[];
  let caveats: Reason[] = [];
  if (statementMode) {
    const judged = await scoreStatements(options, stemSubjects, stemFacts, knowledge, evaluator);
    areas = judged.areas;
    caveats = judged.caveats;
    // "Long polling can wait up to 60 seconds" is a false statement whatever else it says.
    for (const option of options) if (option.score !== null) penaliseLimitBreaches(option, knowledge, areas);
  } else {
    areas = choiceAreas.sort();
    // "After an all-at-once deployment fails, how is it rolled back?" names the answer it asks about:
    // the options are then facts about that answer, not rival choices, unless the question asks to choose.
    const subjectInStem = stemSubjects.some((subject) => areas.some((area) => answerInArea(subject, area, knowledge)));
    if (subjectInStem && !asksToChoose(sentences, knowledge))
      return abstain(`the question asks about ${stemSubjects.join(", ")} itself rather than which answer to choose`, areas);
    const lone = areas.length === 0 ? loneCandidateAreas(options, factAreas, knowledge) : [];
    if (areas.length === 0 && lone.length === 0)
      return abstain(
        `the question speaks about ${[...factAreas].join(", ")}, but fewer than two options name an answer of that decision${describeNamed(options, outOfScope)}`,
        [...factAreas],
      );
    if (lone.length > 0) areas = lone;
    const evaluation = await evaluator.evaluate(factObject(stemFacts), areas, { missingFacts: "absent" });
    scoreChoices(options, evaluation.areas);
    caveats = evaluation.areas.flatMap((a) => [...a.caveats]);
    if (lone.length > 0) {
      // The other options name things this decision does not weigh at all: they stand at 0, and the one
      // candidate must clear them by a wider margin than rivals within the decision need.
      for (const option of options) if (option.score === null) option.score = 0;
      const picked = pick(options, shape, LONE_CANDIDATE_MARGIN);
      if (!picked.ok || outOfScope.length > 0)
        return abstain(picked.ok ? `the question involves ${outOfScope.join(", ")}, which the study note does not teach` : picked.reason, areas, caveats);
      return outcome(question, shape, stemFacts, options, picked.letters, undefined, picked.confidence, areas, caveats);
    }
    for (const option of options) penaliseLimitBreaches(option, knowledge, areas);
  }

  const recognised = options.filter((o) => o.score !== null);
  if (recognised.length < 2) return abstain(`only ${recognised.length} option(s) could be judged by the rules${describeNamed(options, outOfScope)}`, areas, caveats);
  // A claim the rules cannot judge may well be the true one: statements need all options but one judged,
  // and then a wider lead over the one left unjudged.
  const unchecked = options.length - recognised.length;
  if (statementMode && unchecked > 1)
    return abstain(`${unchecked} of the statements could not be checked against the rules`, areas, caveats);
  // A topic the note does not teach that only unjudged options name ("Use AWS WAF" beside three options
  // the rules weigh) is a distractor, not the subject — as long as the story itself stays in the note.
  const distractorsOnly =
    outOfScope.length > 0 &&
    recognised.length < options.length &&
    untaught.inStem.length === 0 &&
    options.every((option, index) => option.score === null || untaught.inOptions[index]!.length === 0);
  // An out-of-scope distractor left unjudged could still be the right answer: the winner needs a wider lead.
  const margin = (statementMode && unchecked === 1 ? MIN_MARGIN + 1 : MIN_MARGIN) + (distractorsOnly ? 2 : 0);
  const picked = pick(options, shape, margin);
  if (!picked.ok) return abstain(picked.reason, areas, caveats);
  if (outOfScope.length > 0 && recognised.length < options.length && !distractorsOnly)
    return abstain(`the question involves ${outOfScope.join(", ")}, which the study note does not teach`, areas, caveats);
  return outcome(question, shape, stemFacts, options, picked.letters, undefined, picked.confidence, areas, caveats);
}

// ---------- how the question is asked ----------

interface Shape {
  readonly choose: number;
  readonly polarity: "positive" | "negative";
  /** Index of the sentence that carries a negative polarity. */
  readonly asking?: number;
}

function questionShape(sentences: readonly Sentence[], knowledge: Knowledge): Shape {
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
  const negative = questionSays(sentences, shape.negativePolarity);
  return { choose, polarity: negative ? "negative" : "positive", asking: negative ? askingSentence(sentences) : undefined };
}

/** "Which statement is true …?", "Which is a benefit of …?": the options are claims to check. */
function asksForStatements(sentences: readonly Sentence[], knowledge: Knowledge): boolean {
  return questionSays(sentences, knowledge.questionShape?.statementQuestion ?? []);
}

/** "Which service should …", "What is the MOST cost-effective …": the options are rival choices. */
function asksToChoose(sentences: readonly Sentence[], knowledge: Knowledge): boolean {
  return questionSays(sentences, knowledge.questionShape?.choiceQuestion ?? []);
}

/** Whether one of the phrases occurs in the question sentence itself (not in the story before it). */
function questionSays(sentences: readonly Sentence[], phrases: readonly string[]): boolean {
  const asking = askingSentence(sentences);
  return asking !== undefined && phrases.some((phrase) => findPhrase(compilePhrase(phrase), [sentences[asking]!]).length > 0);
}

/** The polarity lives in the question itself: the last sentence with a question mark, else the last one. */
function askingSentence(sentences: readonly Sentence[]): number | undefined {
  for (let i = sentences.length - 1; i >= 0; i--) if (sentences[i]!.text.includes("?")) return i;
  return sentences.length > 0 ? sentences.length - 1 : undefined;
}

/**
 * In "Which of these is NOT serverless?" the NOT is the polarity, already handled by picking the
 * option that fits least; read the facts of that sentence as if it were not negated.
 */
function withoutPolarityNegation(sentences: readonly Sentence[], shape: Shape): Sentence[] {
  return sentences.map((sentence, index) =>
    index === shape.asking ? { ...sentence, negationIsPolarity: true, tokens: sentence.tokens.map((token) => ({ ...token, negated: false })) } : sentence,
  );
}

/** The topics the note does not teach (`outOfScope` cues) named in the stem, in each option, and anywhere. */
function untaughtTopics(question: Question, stem: readonly Sentence[], knowledge: Knowledge) {
  const namedIn = (sentences: readonly Sentence[]) =>
    knowledge.cues.outOfScope.filter((topic) => topic.phrases.some((phrase) => findPhrase(compilePhrase(phrase), sentences).length > 0));
  const inStem = namedIn(stem);
  const inOptions = question.options.map((option) => namedIn(readSentences(option.text)));
  const all = knowledge.cues.outOfScope.filter((topic) => inStem.includes(topic) || inOptions.some((named) => named.includes(topic))).map((topic) => topic.topic);
  return { all, inStem, inOptions };
}

// ---------- limits: "what is the maximum …?" ----------

/** A question sentence this short ("Why?", "What is the limit?") leans on the sentence before it. */
const SHORT_QUESTION = 6;

/**
 * The limit or quantity whose `asks` phrases appear in the question sentence, or, when that sentence is
 * short, in the sentence before it ("A team needs a sixth VPC in a region. What is the limit?").
 */
function asked<T extends { asks: readonly string[] }>(candidates: readonly T[], sentences: readonly Sentence[]): T | undefined {
  const asking = askingSentence(sentences);
  if (asking === undefined) return undefined;
  const part = sentences.slice(asking > 0 && sentences[asking]!.tokens.length < SHORT_QUESTION ? asking - 1 : asking, asking + 1);
  return candidates.find((candidate) => candidate.asks.some((phrase) => findPhrase(compilePhrase(phrase), part).length > 0));
}

/** The one number an option states, in the wanted unit: "12 hours" → 43200 when hours are 3600 seconds. */
export function optionNumber(text: string, units: Readonly<Record<string, number>>, numberWords: Readonly<Record<string, number>> = {}): number | undefined {
  const tokens = readSentences(text).flatMap((s) => s.tokens);
  const values: number[] = [];
  tokens.forEach((token, index) => {
    const number = token.number ?? numberWords[token.normal];
    if (number === undefined) return;
    const unit = tokens[index + 1]?.normal;
    const factor = unit === undefined ? undefined : Object.entries(units).find(([name]) => unit === name || unit === `${name}s`)?.[1];
    values.push(number * (factor ?? 1));
  });
  return values.length === 1 ? values[0] : undefined;
}

/** Scores options that state one number each against the target; false when fewer than two do. */
function scoreNumbers(options: ScoredOption[], target: number, units: Readonly<Record<string, number>>, reason: Reason, knowledge: Knowledge): boolean {
  const numbers = options.map((option) => optionNumber(option.text, units, knowledge.questionShape?.numberWords));
  if (numbers.filter((n) => n !== undefined).length < 2) return false;
  options.forEach((option, index) => {
    const value = numbers[index];
    if (value === undefined) return;
    const right = Math.abs(value - target) < 1e-9;
    option.score = right ? 6 : -6;
    if (right) option.reasonsFor.push(reason);
    else option.reasonsAgainst.push({ ...reason, kind: "avoid", text: `Not ${value}: ${reason.text}` });
  });
  return true;
}

/** An option that sets a limited number beyond the note's maximum ("a visibility timeout of 13 hours") cannot be right. */
function penaliseLimitBreaches(option: ScoredOption, knowledge: Knowledge, areas: readonly string[]) {
  for (const fact of option.facts) {
    // Only a limit of the decision being weighed: a 4 KB KMS limit says nothing about a 400 KB DynamoDB item.
    if (!(knowledge.facts.get(fact.name)?.areas ?? []).some((area) => areas.includes(area))) continue;
    const limit = knowledge.limits.find((l) => l.fact === fact.name && l.kind === "maximum" && typeof fact.value === "number" && fact.value > l.value);
    if (!limit) continue;
    option.score = (option.score ?? 0) - 6;
    option.reasonsAgainst.push({ rule: limit.id, kind: "avoid", text: `It goes beyond the maximum: ${limit.reason}`, section: limit.section, weight: 6 });
  }
}

// ---------- scoring ----------

function factObject(facts: readonly ReadFact[]): Record<string, FactValue> {
  return Object.fromEntries(facts.map((f) => [f.name, f.value]));
}

function areasOfFacts(facts: readonly ReadFact[], knowledge: Knowledge): Set<string> {
  return new Set(facts.flatMap((f) => knowledge.facts.get(f.name)?.areas ?? []).filter((area) => knowledge.areas.has(area)));
}

/** How far a lone candidate must lead the options that name nothing the decision weighs. */
const LONE_CANDIDATE_MARGIN = 4;

/**
 * Areas the stem speaks about in which exactly one option names an answer, while every other option
 * names something of another topic altogether ("Use CodeCommit", "Add CloudFront" beside "Use X-Ray"):
 * distractors from elsewhere in the note, so the one candidate can be judged on its own.
 */
function loneCandidateAreas(options: readonly ScoredOption[], factAreas: ReadonlySet<string>, knowledge: Knowledge): string[] {
  const inStory = (answer: string) => [...factAreas].some((area) => answerInArea(answer, area, knowledge));
  return [...factAreas]
    .filter((area) => {
      const candidates = options.filter((o) => o.named.answers.some((a) => answerInArea(a, area, knowledge)));
      if (candidates.length !== 1) return false;
      return options.every((o) => o === candidates[0] || (o.named.answers.length > 0 && !o.named.negated && !o.named.answers.some(inStory)));
    })
    .sort();
}

function areasOfAnswer(answer: string, knowledge: Knowledge): string[] {
  return [...knowledge.areas.values()].filter((area) => area.answers.includes(answer)).map((area) => area.area);
}

function answerInArea(answer: string, area: string, knowledge: Knowledge): boolean {
  return knowledge.areas.get(area)?.answers.includes(answer) ?? false;
}

/** Options that name answers: each scores what its answers score in the areas the question is about. */
function scoreChoices(options: ScoredOption[], verdicts: readonly AreaVerdict[]) {
  for (const option of options) {
    let score = 0;
    let judged = false;
    for (const answer of option.named.answers) {
      const ranked = verdicts.flatMap((v) => v.ranking.filter((r) => r.answer === answer));
      if (ranked.length === 0) continue;
      judged = true;
      option.answers.push(answer);
      const best = ranked.reduce((a, b) => (Math.abs(b.score) > Math.abs(a.score) ? b : a));
      score += best.score;
      option.reasonsFor.push(...best.reasonsFor);
      option.reasonsAgainst.push(...best.reasonsAgainst);
    }
    if (judged) option.score = option.named.negated ? -score : score;
  }
}

/**
 * Options that state facts ("Read replicas are the way to recover from an AZ failure"): each is judged
 * by what its facts do to its subject — the answers the option names, else those the stem names — in
 * the subject's areas that the facts speak to. Raising the subject's score supports the statement,
 * lowering it contradicts the statement, no change leaves it unjudged.
 */
async function scoreStatements(
  options: ScoredOption[],
  stemSubjects: readonly string[],
  stemFacts: readonly ReadFact[],
  knowledge: Knowledge,
  evaluator: Evaluator,
): Promise<{ areas: string[]; caveats: Reason[] }> {
  const baseFacts = factObject(stemFacts);
  // The same facts give the same verdicts for every option that speaks to the same areas.
  const baselines = new Map<string, Promise<readonly AreaVerdict[]>>();
  const baseline = (facts: FactValues, areas: readonly string[]) => {
    const key = `${facts === baseFacts ? "story" : "alone"} ${areas.join(" ")}`;
    if (!baselines.has(key)) baselines.set(key, evaluator.evaluate(facts, areas, { missingFacts: "absent" }).then((e) => e.areas));
    return baselines.get(key)!;
  };
  const usedAreas = new Set<string>();
  const caveats: Reason[] = [];
  for (const option of options) {
    const subjects = statementSubjects(option, stemSubjects, knowledge);
    const factAreas = areasOfFacts(option.facts, knowledge);
    const areas = [...new Set(subjects.flatMap((subject) => areasOfAnswer(subject, knowledge)))].filter((area) => factAreas.has(area)).sort();
    if (option.facts.length === 0 || areas.length === 0) continue;
    const scoreOf = (verdicts: readonly AreaVerdict[]) => verdicts.flatMap((v) => v.ranking.filter((r) => subjects.includes(r.answer)));
    // A claim that repeats the story ("WebLogic" after "runs on WebLogic") changes nothing against it:
    // such a claim is judged on its own.
    const restates = option.facts.every((fact) => isDeepStrictEqual(baseFacts[fact.name], fact.value));
    const context: FactValues = restates ? {} : baseFacts;
    const before = scoreOf(await baseline(context, areas));
    const evaluation = await evaluator.evaluate({ ...context, ...factObject(option.facts) }, areas, { missingFacts: "absent" });
    const after = scoreOf(evaluation.areas);
    // Each subject counts once, by the area that judges it most strongly (as choices are scored).
    const total = (ranked: typeof after) =>
      subjects.reduce((sum, subject) => sum + ranked.filter((r) => r.answer === subject).reduce((best, r) => (Math.abs(r.score) > Math.abs(best) ? r.score : best), 0), 0);
    const delta = total(after) - total(before);
    const seen = new Set(before.flatMap((r) => [...r.reasonsFor, ...r.reasonsAgainst]).map((r) => r.rule));
    const newFor = after.flatMap((r) => r.reasonsFor).filter((r) => !seen.has(r.rule));
    const newAgainst = after.flatMap((r) => r.reasonsAgainst).filter((r) => !seen.has(r.rule));
    if (newFor.length === 0 && newAgainst.length === 0) continue;
    // The statement's facts were read with their negation ("Objects never expire …"): not reversed again.
    option.score = delta;
    option.answers.push(...subjects);
    option.reasonsFor.push(...newFor);
    option.reasonsAgainst.push(...newAgainst);
    areas.forEach((area) => usedAreas.add(area));
    caveats.push(...evaluation.areas.flatMap((a) => a.caveats));
  }
  return { areas: [...usedAreas].sort(), caveats };
}

/**
 * What a statement is about: the answers the option names outright; else, when the option only
 * describes something ("It is an OLAP data warehouse" in a question about DynamoDB), the question's
 * subject; else what the description points to.
 */
function statementSubjects(option: ScoredOption, stemSubjects: readonly string[], knowledge: Knowledge): readonly string[] {
  const named = mapOption(option.text, knowledge, { namesOnly: true }).answers;
  if (named.length > 0) return named;
  return stemSubjects.length > 0 ? stemSubjects : option.named.answers;
}

type Pick = { ok: true; letters: string[]; confidence: number } | { ok: false; reason: string };

function pick(options: readonly ScoredOption[], shape: Shape, minMargin = MIN_MARGIN): Pick {
  const judged = options.filter((o) => o.score !== null);
  const sign = shape.polarity === "positive" ? 1 : -1;
  const ranked = [...judged].sort((a, b) => sign * (b.score! - a.score!) || (a.letter < b.letter ? -1 : 1));
  const n = shape.choose;
  if (n >= options.length) return { ok: false, reason: `the question asks for ${n} options out of ${options.length}` };
  const chosen = ranked.slice(0, n);
  if (chosen.length < n) return { ok: false, reason: `only ${chosen.length} option(s) could be judged, and ${n} are asked for` };
  const worstChosen = sign * chosen[chosen.length - 1]!.score!;
  if (worstChosen <= 0)
    return {
      ok: false,
      reason:
        shape.polarity === "positive"
          ? "no option is supported by the rules for the facts read from the question"
          : "no option is contradicted by the rules, so none stands out as the one that does not fit",
    };
  // Unjudged options could be the right one: the chosen ones must also beat a neutral 0 by the margin.
  const runnerUp = ranked[n] ? sign * ranked[n].score! : undefined;
  const unjudged = judged.length < options.length;
  const rival = Math.max(runnerUp ?? -Infinity, unjudged ? 0 : -Infinity);
  const margin = worstChosen - (Number.isFinite(rival) ? rival : 0);
  if (margin < minMargin)
    return { ok: false, reason: `too close to call: the best option leads the next by ${margin} point(s), less than ${minMargin}` };
  return { ok: true, letters: chosen.map((o) => o.letter).sort(), confidence: round2(margin / (margin + 4)) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

// ---------- the outcome ----------

function outcome(
  question: Question,
  shape: Shape,
  facts: readonly ReadFact[],
  options: readonly ScoredOption[],
  letters: readonly string[],
  abstainReason: string | undefined,
  confidence: number,
  areas: readonly string[],
  caveats: readonly Reason[],
): QuestionOutcome {
  const abstained = abstainReason !== undefined;
  const verdicts: OptionVerdict[] = options.map((option) => {
    const chosen = letters.includes(option.letter);
    const reasons = (chosen === (shape.polarity === "positive") ? [...option.reasonsFor, ...option.reasonsAgainst] : [...option.reasonsAgainst, ...option.reasonsFor]).map(
      (r) => `${r.text} [${r.section}]`,
    );
    return {
      letter: option.letter,
      text: option.text,
      answers: option.answers.length > 0 ? option.answers : option.named.answers,
      facts: option.facts,
      verdict: option.score === null ? "unrecognised" : chosen ? "chosen" : "rejected",
      score: option.score,
      reasons: [...new Set(reasons)],
    };
  });
  const uniqueCaveats = [...new Map(caveats.map((c) => [c.rule, c])).values()];
  const expected = question.expected;
  const answer = abstained ? [] : [...letters];
  const correct =
    expected === undefined ? null : expected === "out-of-scope" ? abstained : !abstained && answer.join(",") === expected.join(",");
  return {
    kind: "question",
    file: question.file,
    answer,
    abstained,
    ...(abstainReason ? { abstainReason } : {}),
    confidence: abstained ? 0 : confidence,
    choose: shape.choose,
    polarity: shape.polarity,
    areas,
    facts,
    options: verdicts,
    caveats: uniqueCaveats,
    ...(expected !== undefined ? { expected } : {}),
    correct,
  };
}

function describeNamed(options: readonly ScoredOption[], outOfScope: readonly string[]): string {
  const named = [...new Set(options.flatMap((o) => o.named.answers))];
  const parts = [];
  if (named.length > 0) parts.push(`the options name ${named.join(", ")}`);
  if (outOfScope.length > 0) parts.push(`it involves ${outOfScope.join(", ")}, which the note does not teach`);
  return parts.length > 0 ? `; ${parts.join("; ")}` : "";
}

// Scenario text → facts, each with the phrase that set it.
import type { FactValue } from "../evaluate.js";
import type { Knowledge } from "../load-knowledge.js";
import type { FactCue } from "./cue-schema.js";
import { compilePhrase, findPhrase, type PhraseMatch } from "./phrase.js";
import { NEGATION_WORDS, readSentences, type Sentence } from "./text-reader.js";

export interface ReadFact {
  readonly name: string;
  readonly value: FactValue;
  /** The words in the text that set it. */
  readonly evidence: string;
}

interface Candidate {
  readonly value: boolean | string | number;
  readonly match: PhraseMatch;
}

/** Reads facts from English text with the knowledge's fact cues. */
export function readFacts(text: string, knowledge: Knowledge): ReadFact[] {
  return readFactsFromSentences(readSentences(text), knowledge);
}

export function readFactsFromSentences(sentences: readonly Sentence[], knowledge: Knowledge): ReadFact[] {
  const candidates = new Map<string, Candidate[]>();
  for (const cue of knowledge.cues.facts) {
    const fact = knowledge.facts.get(cue.fact);
    if (!fact) continue;
    for (const phrase of cue.phrases) {
      for (const match of findPhrase(compilePhrase(phrase), sentences, { numberWords: knowledge.questionShape?.numberWords })) {
        // A phrase that states the negation itself ("not be used as a boot volume") in the sentence whose
        // negation is the question's polarity means the plain fact: the polarity does the reversing.
        const polarity = Boolean(sentences[match.sentence]?.negationIsPolarity) && match.phrase.saysNegation;
        const value = valueOf(cue, fact.type, match, isDismissed(match, sentences, knowledge) !== polarity);
        if (value === undefined) continue;
        candidates.set(cue.fact, [...(candidates.get(cue.fact) ?? []), { value, match }]);
      }
    }
  }
  const facts: ReadFact[] = [];
  for (const [name, found] of candidates) {
    const fact = knowledge.facts.get(name)!;
    if (fact.type === "enum-list") {
      const values = [...new Set(found.map((c) => String(c.value)))].filter((v) => fact.values.includes(v));
      if (values.length > 0) facts.push({ name, value: values.sort(), evidence: unique(found.map((c) => c.match.evidence)).join("; ") });
      continue;
    }
    const best = fact.type === "number" ? tightest(found) : strongest(found);
    if (fact.type === "number" && (fact.min !== undefined && Number(best.value) < fact.min || fact.max !== undefined && Number(best.value) > fact.max)) continue;
    facts.push({ name, value: best.value, evidence: best.match.evidence });
  }
  return facts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Words after which a point is taken back may follow the cue at this distance at most. */
const DISMISSAL_REACH = 8;

/** Words that, after a comma, start a clause of its own: "read twice a year, and a day's wait is fine". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["and", "but", "while", "whereas", "although", "though", "yet", "so"]);

/**
 * "Duplicates are acceptable": a dismissive phrase soon after the cue, not itself negated ("not
 * acceptable"), and in the same clause.
 */
function isDismissed(match: PhraseMatch, sentences: readonly Sentence[], knowledge: Knowledge): boolean {
  const phrases = knowledge.questionShape?.dismissive ?? [];
  if (phrases.length === 0 || match.phrase.saysNegation) return false;
  const sentence = sentences[match.sentence]!;
  const reach = sentence.tokens.slice(match.end, match.end + DISMISSAL_REACH + 3);
  const clauseEnd = reach.findIndex((token) => token.afterBreak && CLAUSE_OPENERS.has(token.normal));
  const after: Sentence = { ...sentence, tokens: clauseEnd < 0 ? reach : reach.slice(0, clauseEnd) };
  return phrases.some((phrase) =>
    findPhrase(compilePhrase(phrase), [after]).some(
      (dismissal) =>
        dismissal.start <= DISMISSAL_REACH &&
        // "is acceptable" dismisses, "is not acceptable" insists: a negation inside or before it undoes it.
        (dismissal.phrase.saysNegation || after.tokens.slice(dismissal.start, dismissal.end).every((token) => !token.negated && !NEGATION_WORDS.has(token.normal))),
    ),
  );
}

/**
 * The value a match means. A negation before it reverses it unless the cue is not negatable; a dismissal
 * after it ("… is acceptable") reverses it always, since it comments on the very thing the cue names.
 */
function valueOf(cue: FactCue, type: string, match: PhraseMatch, dismissed: boolean): boolean | string | number | undefined {
  if (type === "number") {
    const number = match.numbers[0];
    return number === undefined ? undefined : round(number * (cue.scale ?? 1));
  }
  // A negation inside the match reverses it even for a cue that keeps its meaning under an earlier one.
  const reversed = ((match.negated && cue.negatable !== false) || match.negatedInside) !== dismissed;
  if (type === "boolean" && typeof cue.value === "boolean") return reversed ? !cue.value : cue.value;
  // A negated or dismissed mention of an enum value ("not video") says nothing about which value holds.
  return reversed ? undefined : cue.value;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * When cues disagree, the value backed by the most matched words wins ("must keep strict order" over a
 * passing "order"); on a tie, the tightest match (fewest words skipped), then the earliest mention.
 */
function strongest(found: readonly Candidate[]): Candidate {
  const weight = new Map<string, number>();
  const counted = new Set<string>();
  for (const candidate of found) {
    const key = JSON.stringify(candidate.value);
    // The same words matched by two spellings of one phrase ("eventual consistency" / "eventual-consistency") count once.
    const place = `${key}@${candidate.match.sentence}:${candidate.match.start}-${candidate.match.end}`;
    if (counted.has(place)) continue;
    counted.add(place);
    weight.set(key, (weight.get(key) ?? 0) + candidate.match.matched);
  }
  return [...found].sort(
    (a, b) =>
      weight.get(JSON.stringify(b.value))! - weight.get(JSON.stringify(a.value))! ||
      a.match.end - a.match.start - (b.match.end - b.match.start) ||
      a.match.sentence - b.match.sentence ||
      a.match.start - b.match.start,
  )[0]!;
}

/** For numbers, the number closest to its unit words wins: "200 reads per second" over "9 KB … reads". */
function tightest(found: readonly Candidate[]): Candidate {
  const skipped = (c: Candidate) => c.match.end - c.match.start - c.match.matched;
  return [...found].sort(
    (a, b) => skipped(a) - skipped(b) || b.match.matched - a.match.matched || a.match.sentence - b.match.sentence || a.match.start - b.match.start,
  )[0]!;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

// Compiles cue phrases (see cue-schema.ts for the syntax) and finds them in tokenized sentences.
import { PREPARED_PHRASES, readPrepared } from "../prepared.js";
import { isNegation, phraseTokens, readSentences, type Sentence, type Token } from "./text-reader.js";

/** Words a gap " ... " may skip between two parts of a phrase. */
export const MAX_GAP = 8;


/** One word of a phrase: a stem (or several, for a word the reader splits), a number, or a prefix. */
type Word =
  | { readonly kind: "words"; readonly stems: readonly string[] }
  | { readonly kind: "number" }
  | { readonly kind: "prefix"; readonly prefix: string }
  /** A name's word as written, or its plural: "rolling" must not match "rolls". */
  | { readonly kind: "exact"; readonly forms: readonly string[] };
/** Words in a row. */
type Sequence = readonly Word[];
/** Between two gaps: one of several sequences ("s3|data lake" is "s3" or "data lake"). */
type Segment = readonly Sequence[];
/** "!near real time": the match must not follow the word "near" ("near real-time" is another idea). */
type Guard = readonly string[];

export interface CompiledPhrase {
  readonly source: string;
  readonly segments: readonly Segment[];
  /** Stems that must not stand just before the match. */
  readonly notAfter: Guard;
  /** The phrase states a negation itself ("not lose"), so a negation around it is not a reversal. */
  readonly saysNegation: boolean;
  /** "^standard": the phrase must be the whole text, one sentence, first word to last. */
  readonly wholeText?: boolean;
}

export interface PhraseMatch {
  readonly phrase: CompiledPhrase;
  readonly sentence: number;
  readonly start: number;
  /** Index after the last matched token. */
  readonly end: number;
  readonly numbers: readonly number[];
  /** How many words the phrase itself matched (gaps not counted): a longer phrase is stronger evidence. */
  readonly matched: number;
  /** The words matched, gaps included, as evidence. */
  readonly evidence: string;
  /** The first matched word stands under a negation from earlier in its sentence. */
  readonly negated: boolean;
  /** A negation stands in a gap just before the match's last word: "eventual reads are not acceptable" for "eventual read* ... acceptable". */
  readonly negatedInside: boolean;
}

// The bundle ships the built-in cues already compiled (../prepared.ts); any other phrase compiles on first use.
const compiled = new Map<string, CompiledPhrase>(decodePhrases(readPrepared(PREPARED_PHRASES)));

/** Every phrase compiled so far, by key: the build ships them (src/build/build.ts). */
export function compiledPhrases(): ReadonlyMap<string, CompiledPhrase> {
  return compiled;
}

// ---------- the shipped form: a third of the size of plain JSON, which is read at every start ----------

/** key → [segments, notAfter, saysNegation, wholeText]; each word one string: "#", "*prefix", "=form" or "~stem stem". */
type EncodedPhrase = [key: string, segments: string[][][], notAfter: string[], saysNegation: 0 | 1, wholeText: 0 | 1];

export function encodePhrases(phrases: ReadonlyMap<string, CompiledPhrase>): EncodedPhrase[] {
  const encodeWord = (item: Word): string => {
    switch (item.kind) {
      case "number":
        return "#";
      case "prefix":
        return `*${item.prefix}`;
      case "exact":
        return `=${item.forms[0]}`;
      case "words":
        return `~${item.stems.join(" ")}`;
    }
  };
  return [...phrases].map(([key, phrase]) => [key, phrase.segments.map((segment) => segment.map((sequence) => sequence.map(encodeWord))), [...phrase.notAfter], phrase.saysNegation ? 1 : 0, phrase.wholeText ? 1 : 0]);
}

export function decodePhrases(encoded: unknown): Array<[string, CompiledPhrase]> {
  if (!Array.isArray(encoded)) return [];
  const decodeWord = (text: string): Word => {
    const rest = text.slice(1);
    if (text === "#") return { kind: "number" };
    if (text[0] === "*") return { kind: "prefix", prefix: rest };
    if (text[0] === "=") return exactForms(rest);
    return { kind: "words", stems: rest.split(" ") };
  };
  return (encoded as EncodedPhrase[]).map(([key, segments, notAfter, saysNegation, wholeText]) => [
    key,
    {
      source: key.startsWith("=") ? key.slice(1) : key,
      segments: segments.map((segment) => segment.map((sequence) => sequence.map(decodeWord))),
      notAfter,
      saysNegation: saysNegation === 1,
      ...(wholeText === 1 && { wholeText: true }),
    },
  ]);
}

export interface CompileOptions {
  /** Match words as written (plurals allowed) rather than by stem: for service names and aliases. */
  readonly exactWords?: boolean;
}

export function compilePhrase(source: string, options: CompileOptions = {}): CompiledPhrase {
  const key = options.exactWords ? `=${source}` : source;
  let phrase = compiled.get(key);
  if (phrase) return phrase;
  const wholeText = source.startsWith("^");
  const unanchored = wholeText ? source.slice(1) : source;
  const guard = /^!(\S+)\s+/.exec(unanchored);
  const notAfter = guard ? guard[1]!.split("|").flatMap((word) => phraseTokens(word)) : [];
  const body = guard ? unanchored.slice(guard[0].length) : unanchored;
  const segments = body
    .toLowerCase()
    .split(/\s+\.\.\.\s+/)
    .map((segment): Segment =>
      segment
        .split("|")
        .map((alternative) => alternative.trim().split(/\s+/).filter(Boolean).flatMap((text) => (options.exactWords ? exactWords(text) : [word(text)])))
        .filter((sequence) => sequence.length > 0),
    )
    .filter((segment) => segment.length > 0);
  const saysNegation = source
    .toLowerCase()
    .split(/[\s|]+/)
    .some(isNegation);
  phrase = { source, segments, notAfter, saysNegation, ...(wholeText && { wholeText }) };
  compiled.set(key, phrase);
  if (index) addToIndex(index, phrase);
  return phrase;
}

/** The reader's tokens of a name's word ("x-ray" → "x", "ray"), each matched as written or plural. */
function exactWords(text: string): Word[] {
  return readSentences(text)
    .flatMap((s) => s.tokens)
    .map((token) => (token.number !== undefined ? { kind: "words", stems: [token.normal] } : exactForms(token.normal)));
}

function exactForms(written: string): Word {
  return { kind: "exact", forms: [written, `${written}s`, `${written}es`] };
}

function word(text: string): Word {
  if (text === "#") return { kind: "number" };
  if (text.endsWith("*") && text.length > 1) return { kind: "prefix", prefix: text.slice(0, -1) };
  return { kind: "words", stems: phraseTokens(text) };
}

export interface MatchContext {
  /** Number words a '#' also accepts ("two" → 2). */
  readonly numberWords?: Readonly<Record<string, number>>;
}

/** Every place in the sentences where the phrase occurs, leftmost first, not overlapping. */
export function findPhrase(phrase: CompiledPhrase, sentences: readonly Sentence[], context: MatchContext = {}): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  if (phrase.wholeText && sentences.length !== 1) return matches;
  sentences.forEach((sentence, sentenceIndex) => {
    if (!mightStartIn(phrase, sentence, context)) return;
    const tokens = sentence.tokens;
    let from = 0;
    while (from < tokens.length) {
      const found = matchFrom(phrase, tokens, from, context);
      if (!found) break;
      if (phrase.wholeText && (found.start !== 0 || found.end !== tokens.length)) break;
      matches.push({
        phrase,
        sentence: sentenceIndex,
        start: found.start,
        end: found.end,
        numbers: found.numbers,
        matched: found.matched,
        evidence: tokens.slice(found.start, found.end).map((t) => t.normal).join(" "),
        negated: tokens[found.start]!.negated && !phrase.saysNegation,
        // Only a negation just before the last word reverses the match ("… are not acceptable"); one
        // further back belongs to the need the phrase names ("database must not be lost when …").
        negatedInside: !phrase.saysNegation && tokens.slice(Math.max(found.start, found.end - 1 - NEGATION_REACH_BACK), found.end - 1).some((token) => isNegation(token.normal)),
      });
      from = found.end;
    }
  });
  return matches;
}

/** How many words before a match's last word a negation inside the match may stand. */
const NEGATION_REACH_BACK = 3;

// ---------- a cheap first look: thousands of phrases, most of whose first word is not in the sentence ----------

/** Every compiled phrase filed under the words it can begin with, so a sentence finds its candidates by lookup. */
interface FirstWordIndex {
  readonly byStem: Map<string, CompiledPhrase[]>;
  readonly byForm: Map<string, CompiledPhrase[]>;
  readonly byPrefix: Map<string, CompiledPhrase[]>;
  readonly withNumber: CompiledPhrase[];
  size: number;
}

let index: FirstWordIndex | undefined;

function file(map: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase) {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

function addToIndex(target: FirstWordIndex, phrase: CompiledPhrase) {
  for (const sequence of phrase.segments[0] ?? []) {
    const head = sequence[0];
    if (!head) continue;
    if (head.kind === "words") file(target.byStem, head.stems[0]!, phrase);
    else if (head.kind === "exact") for (const form of head.forms) file(target.byForm, form, phrase);
    else if (head.kind === "prefix") file(target.byPrefix, head.prefix, phrase);
    else target.withNumber.push(phrase);
  }
  target.size++;
}

function firstWordIndex(): FirstWordIndex {
  if (!index) {
    index = { byStem: new Map(), byForm: new Map(), byPrefix: new Map(), withNumber: [], size: 0 };
    for (const phrase of compiled.values()) addToIndex(index, phrase);
  }
  return index;
}

/** The phrases that could begin somewhere in the sentence, recomputed when new phrases were compiled since. */
const candidatesOf = new WeakMap<Sentence, { size: number; numberWords: boolean; phrases: Set<CompiledPhrase> }>();

function mightStartIn(phrase: CompiledPhrase, sentence: Sentence, context: MatchContext): boolean {
  const current = firstWordIndex();
  const numberWords = context.numberWords !== undefined;
  let cached = candidatesOf.get(sentence);
  if (!cached || cached.size !== current.size || cached.numberWords !== numberWords) {
    const phrases = new Set<CompiledPhrase>();
    const add = (list: readonly CompiledPhrase[] | undefined) => list?.forEach((p) => phrases.add(p));
    let number = numberWords;
    for (const token of sentence.tokens) {
      add(current.byStem.get(token.stem));
      add(current.byForm.get(token.normal));
      for (let end = 1; end <= token.normal.length; end++) add(current.byPrefix.get(token.normal.slice(0, end)));
      if (token.number !== undefined) number = true;
    }
    if (number) add(current.withNumber);
    cached = { size: current.size, numberWords, phrases };
    candidatesOf.set(sentence, cached);
  }
  return cached.phrases.has(phrase);
}

function matchFrom(phrase: CompiledPhrase, tokens: readonly Token[], from: number, context: MatchContext) {
  for (let start = from; start < tokens.length; start++) {
    if (start > 0 && phrase.notAfter.includes(tokens[start - 1]!.stem)) continue;
    const found = matchSegments(phrase.segments, 0, tokens, start, true, context);
    if (found) return { start, end: found.end, numbers: found.numbers, matched: found.matched };
  }
  return undefined;
}

function matchSegments(
  segments: readonly Segment[],
  index: number,
  tokens: readonly Token[],
  at: number,
  anchored: boolean,
  context: MatchContext,
): { end: number; numbers: number[]; matched: number } | undefined {
  if (index === segments.length) return { end: at, numbers: [], matched: 0 };
  const lastStart = anchored ? at : Math.min(tokens.length - 1, at + MAX_GAP);
  for (let start = at; start <= lastStart; start++) {
    const segment = matchSlots(segments[index]!, 0, tokens, start, context);
    if (!segment) continue;
    const rest = matchSegments(segments, index + 1, tokens, segment.end, false, context);
    if (rest) return { end: rest.end, numbers: [...segment.numbers, ...rest.numbers], matched: segment.end - start + rest.matched };
  }
  return undefined;
}

function matchSlots(segment: Segment, _index: number, tokens: readonly Token[], at: number, context: MatchContext): { end: number; numbers: number[] } | undefined {
  for (const sequence of segment) {
    let end = at;
    const numbers: number[] = [];
    let ok = true;
    for (const item of sequence) {
      const step = matchWord(item, tokens, end, context);
      if (!step) {
        ok = false;
        break;
      }
      end = step.end;
      numbers.push(...step.numbers);
    }
    if (ok) return { end, numbers };
  }
  return undefined;
}

function matchWord(item: Word, tokens: readonly Token[], at: number, context: MatchContext): { end: number; numbers: number[] } | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  switch (item.kind) {
    case "number": {
      const value = token.number ?? context.numberWords?.[token.normal];
      return value === undefined ? undefined : { end: at + 1, numbers: [value] };
    }
    case "prefix":
      return token.normal.startsWith(item.prefix) ? { end: at + 1, numbers: [] } : undefined;
    case "exact":
      return item.forms.includes(token.normal) ? { end: at + 1, numbers: [] } : undefined;
    case "words": {
      for (let i = 0; i < item.stems.length; i++) if (tokens[at + i]?.stem !== item.stems[i]) return undefined;
      return { end: at + item.stems.length, numbers: [] };
    }
  }
}

import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  PREPARED_PHRASES,
  readPrepared
} from "./chunk-T5FWLUUZ.js";

// src/core/question/text-reader.ts
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
var reader;
function nlp() {
  reader ??= winkNLP(model, ["sbd", "negation"]);
  return reader;
}
var NUMBER_WITH_UNIT = /^(\d[\d,]*(?:\.\d+)?)([a-z]+)$/;
function readSentences(text) {
  const engine = nlp();
  const its = engine.its;
  const sentences = [];
  engine.readDoc(text).sentences().each((sentence, sentenceIndex) => {
    const tokens = [];
    const words = sentence.tokens();
    const normals = words.out(its.normal);
    const stems = words.out(its.stem);
    const types = words.out(its.type);
    const negations = words.out(its.negationFlag);
    normals.forEach((normal, i) => {
      const push = (text2, stem, number2) => tokens.push({ normal: text2, stem, number: number2, negated: Boolean(negations[i]), sentence: sentenceIndex, index: tokens.length });
      if ((types[i] === "punctuation" || /^[-.,;:!?()'"]+$/.test(normal)) && !/^[$%/]$/.test(normal)) return;
      const glued = NUMBER_WITH_UNIT.exec(normal);
      if (glued) {
        push(glued[1], glued[1], parseNumber(glued[1]));
        push(glued[2], stemOf(glued[2]));
        return;
      }
      const number = types[i] === "number" || /^\d[\d,]*(\.\d+)?$/.test(normal) ? parseNumber(normal) : void 0;
      push(normal, number !== void 0 ? normal : stems[i] ?? normal, number);
    });
    sentences.push({ text: sentence.out(), tokens });
  });
  return sentences;
}
function parseNumber(text) {
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) ? value : void 0;
}
function stemOf(word2) {
  const engine = nlp();
  return engine.readDoc(word2).tokens().out(engine.its.stem).join("");
}
function phraseTokens(phrase) {
  return readSentences(phrase).flatMap((s) => s.tokens.map((t) => t.stem));
}

// src/core/question/phrase.ts
var MAX_GAP = 8;
var NEGATIONS = /* @__PURE__ */ new Set(["not", "no", "never", "without", "nor", "none", "cannot"]);
var compiled = new Map(readPrepared(PREPARED_PHRASES) ?? []);
function compilePhrase(source, options = {}) {
  const key = options.exactWords ? `=${source}` : source;
  let phrase = compiled.get(key);
  if (phrase) return phrase;
  const guard = /^!(\S+)\s+/.exec(source);
  const notAfter = guard ? guard[1].split("|").flatMap((word2) => phraseTokens(word2)) : [];
  const body = guard ? source.slice(guard[0].length) : source;
  const segments = body.toLowerCase().split(/\s+\.\.\.\s+/).map(
    (segment) => segment.split("|").map((alternative) => alternative.trim().split(/\s+/).filter(Boolean).flatMap((text) => options.exactWords ? exactWords(text) : [word(text)])).filter((sequence) => sequence.length > 0)
  ).filter((segment) => segment.length > 0);
  const saysNegation = source.toLowerCase().split(/[\s|]+/).some((word2) => NEGATIONS.has(word2) || word2.endsWith("n't"));
  phrase = { source, segments, notAfter, saysNegation };
  compiled.set(key, phrase);
  return phrase;
}
function exactWords(text) {
  return readSentences(text).flatMap((s) => s.tokens).map((token) => token.number !== void 0 ? { kind: "words", stems: [token.normal] } : { kind: "exact", forms: [token.normal, `${token.normal}s`, `${token.normal}es`] });
}
function word(text) {
  if (text === "#") return { kind: "number" };
  if (text.endsWith("*") && text.length > 1) return { kind: "prefix", prefix: text.slice(0, -1) };
  return { kind: "words", stems: phraseTokens(text) };
}
function findPhrase(phrase, sentences, context = {}) {
  const matches = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = sentence.tokens;
    let from = 0;
    while (from < tokens.length) {
      const found = matchFrom(phrase, tokens, from, context);
      if (!found) break;
      matches.push({
        phrase,
        sentence: sentenceIndex,
        start: found.start,
        end: found.end,
        numbers: found.numbers,
        matched: found.matched,
        evidence: tokens.slice(found.start, found.end).map((t) => t.normal).join(" "),
        negated: tokens[found.start].negated && !phrase.saysNegation
      });
      from = found.end;
    }
  });
  return matches;
}
function matchFrom(phrase, tokens, from, context) {
  for (let start = from; start < tokens.length; start++) {
    if (start > 0 && phrase.notAfter.includes(tokens[start - 1].stem)) continue;
    const found = matchSegments(phrase.segments, 0, tokens, start, true, context);
    if (found) return { start, end: found.end, numbers: found.numbers, matched: found.matched };
  }
  return void 0;
}
function matchSegments(segments, index, tokens, at, anchored, context) {
  if (index === segments.length) return { end: at, numbers: [], matched: 0 };
  const lastStart = anchored ? at : Math.min(tokens.length - 1, at + MAX_GAP);
  for (let start = at; start <= lastStart; start++) {
    const segment = matchSlots(segments[index], 0, tokens, start, context);
    if (!segment) continue;
    const rest = matchSegments(segments, index + 1, tokens, segment.end, false, context);
    if (rest) return { end: rest.end, numbers: [...segment.numbers, ...rest.numbers], matched: segment.end - start + rest.matched };
  }
  return void 0;
}
function matchSlots(segment, _index, tokens, at, context) {
  for (const sequence of segment) {
    let end = at;
    const numbers = [];
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
  return void 0;
}
function matchWord(item, tokens, at, context) {
  const token = tokens[at];
  if (!token) return void 0;
  switch (item.kind) {
    case "number": {
      const value = token.number ?? context.numberWords?.[token.normal];
      return value === void 0 ? void 0 : { end: at + 1, numbers: [value] };
    }
    case "prefix":
      return token.normal.startsWith(item.prefix) ? { end: at + 1, numbers: [] } : void 0;
    case "exact":
      return item.forms.includes(token.normal) ? { end: at + 1, numbers: [] } : void 0;
    case "words": {
      for (let i = 0; i < item.stems.length; i++) if (tokens[at + i]?.stem !== item.stems[i]) return void 0;
      return { end: at + item.stems.length, numbers: [] };
    }
  }
}

// src/core/question/read-facts.ts
function readFacts(text, knowledge) {
  return readFactsFromSentences(readSentences(text), knowledge);
}
function readFactsFromSentences(sentences, knowledge) {
  const candidates = /* @__PURE__ */ new Map();
  for (const cue of knowledge.cues.facts) {
    const fact = knowledge.facts.get(cue.fact);
    if (!fact) continue;
    for (const phrase of cue.phrases) {
      for (const match of findPhrase(compilePhrase(phrase), sentences)) {
        const value = valueOf(cue, fact.type, match, isDismissed(match, sentences, knowledge));
        if (value === void 0) continue;
        candidates.set(cue.fact, [...candidates.get(cue.fact) ?? [], { value, match }]);
      }
    }
  }
  const facts = [];
  for (const [name, found] of candidates) {
    const fact = knowledge.facts.get(name);
    if (fact.type === "enum-list") {
      const values = [...new Set(found.map((c) => String(c.value)))].filter((v) => fact.values.includes(v));
      if (values.length > 0) facts.push({ name, value: values.sort(), evidence: unique(found.map((c) => c.match.evidence)).join("; ") });
      continue;
    }
    const best = fact.type === "number" ? tightest(found) : strongest(found);
    if (fact.type === "number" && (fact.min !== void 0 && Number(best.value) < fact.min || fact.max !== void 0 && Number(best.value) > fact.max)) continue;
    facts.push({ name, value: best.value, evidence: best.match.evidence });
  }
  return facts.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
var DISMISSAL_REACH = 8;
function isDismissed(match, sentences, knowledge) {
  const phrases = knowledge.questionShape?.dismissive ?? [];
  if (phrases.length === 0 || match.phrase.saysNegation) return false;
  const sentence = sentences[match.sentence];
  const after = { ...sentence, tokens: sentence.tokens.slice(match.end, match.end + DISMISSAL_REACH + 3) };
  return phrases.some(
    (phrase) => findPhrase(compilePhrase(phrase), [after]).some((dismissal) => dismissal.start <= DISMISSAL_REACH && (dismissal.phrase.saysNegation || !after.tokens[dismissal.start].negated))
  );
}
function valueOf(cue, type, match, dismissed) {
  if (type === "number") {
    const number = match.numbers[0];
    return number === void 0 ? void 0 : round(number * (cue.scale ?? 1));
  }
  const reversed = (match.negated && cue.negatable !== false) !== dismissed;
  if (type === "boolean" && typeof cue.value === "boolean") return reversed ? !cue.value : cue.value;
  return reversed ? void 0 : cue.value;
}
function round(value) {
  return Math.round(value * 1e6) / 1e6;
}
function strongest(found) {
  const weight = /* @__PURE__ */ new Map();
  const counted = /* @__PURE__ */ new Set();
  for (const candidate of found) {
    const key = JSON.stringify(candidate.value);
    const place = `${key}@${candidate.match.sentence}:${candidate.match.start}-${candidate.match.end}`;
    if (counted.has(place)) continue;
    counted.add(place);
    weight.set(key, (weight.get(key) ?? 0) + candidate.match.matched);
  }
  return [...found].sort(
    (a, b) => weight.get(JSON.stringify(b.value)) - weight.get(JSON.stringify(a.value)) || a.match.end - a.match.start - (b.match.end - b.match.start) || a.match.sentence - b.match.sentence || a.match.start - b.match.start
  )[0];
}
function tightest(found) {
  const skipped = (c) => c.match.end - c.match.start - c.match.matched;
  return [...found].sort(
    (a, b) => skipped(a) - skipped(b) || b.match.matched - a.match.matched || a.match.sentence - b.match.sentence || a.match.start - b.match.start
  )[0];
}
function unique(items) {
  return [...new Set(items)];
}

export {
  readSentences,
  compilePhrase,
  findPhrase,
  readFacts,
  readFactsFromSentences
};

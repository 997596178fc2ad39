// Option text → the answers it names, from the answers' names and aliases plus answer cues.
import type { Knowledge } from "../load-knowledge.js";
import { compilePhrase, findPhrase, type PhraseMatch } from "./phrase.js";
import { readSentences } from "./text-reader.js";

export interface OptionAnswers {
  readonly answers: readonly string[];
  /** The words that named each answer. */
  readonly evidence: Readonly<Record<string, string>>;
  /** The option rejects what it names ("Do not use SQS"). */
  readonly negated: boolean;
}

interface Namer {
  readonly answer: string;
  readonly phrase: string;
  /** Names and aliases match as written; answer cues match by stem like every cue. */
  readonly exact: boolean;
}

const namersByKnowledge = new WeakMap<Knowledge, Namer[]>();

function namersOf(knowledge: Knowledge): Namer[] {
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

/** Names and aliases are plain text: characters with a meaning in cue syntax are taken literally. */
function escapePhrase(name: string): string {
  return name.replace(/[|*#]/g, " ").replace(/\.\.\./g, " ").replace(/[^\p{L}\p{N} '$%/.:&+-]/gu, " ").replace(/\s+/g, " ").trim();
}

export interface MapOptions {
  /** Only names and aliases, not answer cues: for finding what a question's stem is about. */
  readonly namesOnly?: boolean;
}

export function mapOption(text: string, knowledge: Knowledge, options: MapOptions = {}): OptionAnswers {
  const sentences = readSentences(text);
  const found: Array<{ answer: string; match: PhraseMatch }> = [];
  for (const namer of namersOf(knowledge)) {
    if (options.namesOnly && !namer.exact) continue;
    if (!namer.phrase) continue;
    for (const match of findPhrase(compilePhrase(namer.phrase, { exactWords: namer.exact }), sentences)) found.push({ answer: namer.answer, match });
  }
  // A longer name wins over a shorter one inside it: "SQS FIFO queue" is sqs-fifo, not also sqs. Longer
  // means more words matched, not a wider span: "topic … subscribed" does not swallow the "SQS queue" between.
  const kept = found.filter(
    ({ answer, match }) =>
      !found.some(
        (other) =>
          other.answer !== answer &&
          other.match.sentence === match.sentence &&
          other.match.start <= match.start &&
          other.match.end >= match.end &&
          other.match.matched > match.matched,
      ),
  );
  const evidence: Record<string, string> = {};
  for (const { answer, match } of kept) evidence[answer] ??= match.evidence;
  const answers = Object.keys(evidence).sort();
  const negated = kept.length > 0 && kept.every(({ match }) => match.negated);
  return { answers, evidence, negated };
}

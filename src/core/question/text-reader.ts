// English text → sentences of tokens with stems, numbers and negation, by wink-nlp and its English model.
// The same reader tokenizes cue phrases, so a phrase and the text it should match are cut the same way.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Token {
  /** The token as written, lower-cased ("doesn't" becomes "does" + "not"). */
  readonly normal: string;
  /** Porter2 stem: "ranking", "ranked" and "ranks" all become "rank". */
  readonly stem: string;
  /** Numeric value for number tokens ("10,000" → 10000). */
  readonly number?: number;
  /** True inside the reach of a negation ("not", "without", "never", "n't" …) in its sentence. */
  readonly negated: boolean;
  /** Offset of the token's sentence and its index within the sentence. */
  readonly sentence: number;
  readonly index: number;
  /** A comma, semicolon or colon stood just before it: a clause may start here. */
  readonly afterBreak?: boolean;
}

export interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  /**
   * The sentence's negation is the question's polarity ("Which type CANNOT be used as a boot volume?"),
   * already handled by picking the option that fits least, so it must not also reverse a fact.
   */
  readonly negationIsPolarity?: boolean;
}

// Only what we use: sentence boundaries and negation (no POS tagging, which costs start-up time).
let reader: ReturnType<typeof winkNLP> | undefined;
function nlp() {
  reader ??= winkNLP(model, ["sbd", "negation"]);
  return reader;
}

const NUMBER_WITH_UNIT = /^(\d[\d,]*(?:\.\d+)?)([a-z]+)$/;

// The same text is read more than once per question (facts, answers, out-of-scope topics): read it once.
const readCache = new Map<string, Sentence[]>();
const READ_CACHE_LIMIT = 2000;

export function readSentences(text: string): Sentence[] {
  let sentences = readCache.get(text);
  if (!sentences) {
    if (readCache.size >= READ_CACHE_LIMIT) readCache.clear();
    sentences = readUncached(text);
    readCache.set(text, sentences);
  }
  return sentences;
}

/** "appspec.yml", "t2.micro", "Node.js": a dot inside a name is not a sentence end; read it as a space. */
const DOT_IN_NAME = /(\p{L}[\p{L}\d]*)\.(?=\p{L})/gu;
/** "kms:Decrypt", "s3:PutObject": a colon inside an action name is a space (the model reads ":D" as a smiley). */
const COLON_IN_NAME = /(\p{L}[\p{L}\d]*):(?=\p{L})/gu;

function readUncached(raw: string): Sentence[] {
  const text = raw.replace(DOT_IN_NAME, "$1 ").replace(COLON_IN_NAME, "$1 ");
  const engine = nlp();
  const its = engine.its;
  const sentences: Sentence[] = [];
  engine
    .readDoc(text)
    .sentences()
    .each((sentence, sentenceIndex) => {
      const tokens: Token[] = [];
      const words = sentence.tokens();
      const normals = words.out(its.normal) as string[];
      const stems = words.out(its.stem as never) as string[];
      const types = words.out(its.type) as string[];
      const negations = negatedByWord(normals, words.out(its.negationFlag) as unknown as boolean[]);
      let afterBreak = false;
      normals.forEach((normal, i) => {
        const push = (text: string, stem: string, number?: number) => {
          tokens.push({ normal: text, stem, number, negated: negations[i]!, sentence: sentenceIndex, index: tokens.length, ...(afterBreak && { afterBreak }) });
          afterBreak = false;
        };
        // A line break inside a sentence (text wrapped by hand) is only a space.
        if (/^\s+$/.test(normal)) return;
        // Punctuation carries no meaning for cues ("cost-effective" = "cost effective"), except a few symbols.
        if ((types[i] === "punctuation" || /^[-.,;:!?()'"]+$/.test(normal)) && !/^[$%/]$/.test(normal)) {
          if (/^[,;:]$/.test(normal)) afterBreak = true;
          return;
        }
        // "3KB" and "20s" arrive as one token; split them so "# kb" matches either way of writing.
        const glued = NUMBER_WITH_UNIT.exec(normal);
        if (glued) {
          push(glued[1]!, glued[1]!, parseNumber(glued[1]!));
          push(glued[2]!, stemOf(glued[2]!));
          return;
        }
        const number = types[i] === "number" || /^\d[\d,]*(\.\d+)?$/.test(normal) ? parseNumber(normal) : undefined;
        push(normal, number !== undefined ? normal : stems[i] ?? normal, number);
      });
      sentences.push({ text: sentence.out(), tokens });
    });
  return sentences;
}

/** Words that negate what follows them. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(["not", "no", "never", "without", "nor", "neither", "none", "cannot"]);

/** A negation word, or a contraction ending in "n't" ("doesn't", "n't"). */
export function isNegation(word: string): boolean {
  return NEGATION_WORDS.has(word) || word.endsWith("n't");
}

/**
 * wink-nlp marks the reach of a negation (up to the next punctuation), but also counts words such as
 * "prevent", "fail" or "hardly" as negations: "prevent attacks" would read as "no attacks". Keep its
 * reach, but only after a real negation word.
 */
function negatedByWord(normals: readonly string[], winkFlags: readonly boolean[]): boolean[] {
  let active = false;
  return normals.map((normal, i) => {
    if (!winkFlags[i]) active = false;
    const negated = active && Boolean(winkFlags[i]);
    if (isNegation(normal)) active = true;
    return negated;
  });
}

function parseNumber(text: string): number | undefined {
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

function stemOf(word: string): string {
  const engine = nlp();
  return (engine.readDoc(word).tokens().out(engine.its.stem as never) as string[]).join("");
}

/** Tokenizes a cue word or phrase exactly as running text is tokenized. */
export function phraseTokens(phrase: string): string[] {
  return readSentences(phrase).flatMap((s) => s.tokens.map((t) => t.stem));
}

// Cues: the words and phrases that turn English into facts and option text into answers. Data, in rules/cues/.
import { z } from "zod";

/**
 * Phrase syntax, matched against stemmed words of one sentence:
 *   words in a row      "visibility timeout"      (word forms fold together: ranks/ranked/ranking)
 *   alternatives        "sort|rank players"
 *   a prefix            "leaderboard*"
 *   a number            "# kb"                     (captures 3 in "3 KB" or "3KB")
 *   a gap of ≤ 8 words  "deny ... without ... encryption"
 *   not after a word     "!near real time"           (at the start only)
 *   the whole text       "^standard"                 (an option that says only this, not "standard output")
 */
export const phraseSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\^?!?[\p{L}\p{N} '$%#/*|.:&+-]+$/u, "use words, '|' for alternatives, '*' for a prefix, '#' for a number, ' ... ' for a gap, a leading '^' for the whole text")
  .refine((p) => !/(^|\s)\.\.\.(\s*\.\.\.)/.test(p) && !p.trim().startsWith("...") && !p.trim().endsWith("..."), "a gap '...' must sit between words");

const factCue = z.strictObject({
  fact: z.string().min(1),
  /** The value the phrase means when stated plainly; a negated mention ("does not need …") flips a boolean. */
  value: z.union([z.boolean(), z.string()]).optional(),
  /** For number facts: the phrase holds a '#', and the number found is multiplied by this (e.g. bytes → KB). */
  scale: z.number().positive().optional(),
  phrases: z.array(phraseSchema).min(1).max(80),
  /** Set false when the phrase keeps its meaning under negation. */
  negatable: z.boolean().optional(),
});
export type FactCue = z.infer<typeof factCue>;

const answerCue = z.strictObject({
  answer: z.string().min(1),
  phrases: z.array(phraseSchema).min(1).max(80),
});
export type AnswerCue = z.infer<typeof answerCue>;

export const cuesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Phrases in a question's scenario that set facts. */
  facts: z.array(factCue).max(2000).default([]),
  /** Phrases in an option's text that name an answer, beyond its aliases ("raise the visibility timeout"). */
  answers: z.array(answerCue).max(2000).default([]),
  /** Topics the study note does not teach: naming one makes the reader cautious. */
  outOfScope: z.array(z.strictObject({ topic: z.string().min(2), phrases: z.array(phraseSchema).min(1).max(40) })).max(500).default([]),
});
export type CuesFile = z.infer<typeof cuesFileSchema>;

/** How a question is asked: how many options to pick and which way round. Data in rules/cues/question-shape.json. */
export const questionShapeSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Phrases whose '#' is the number of options to pick: "choose #", "select #"… */
  chooseCount: z.array(phraseSchema).min(1),
  /** Number words a '#' also accepts: { "two": 2, "three": 3 }. */
  numberWords: z.record(z.string(), z.number().int().min(1).max(1000)),
  /** Phrases (cue syntax) that ask for the option that is NOT true / does not fit. */
  negativePolarity: z.array(phraseSchema).min(1),
  /**
   * Phrases that, just after a cue, take its point back: "duplicates are acceptable", "strong consistency
   * is not required". They reverse a boolean cue as a negation before it would.
   */
  dismissive: z.array(phraseSchema).default([]),
  /** Phrases in the question sentence that ask which statements are true (the options are claims). */
  statementQuestion: z.array(phraseSchema).default([]),
  /** Phrases in the question sentence that ask to choose among rival answers ("which … should be used"). */
  choiceQuestion: z.array(phraseSchema).default([]),
});
export type QuestionShape = z.infer<typeof questionShapeSchema>;

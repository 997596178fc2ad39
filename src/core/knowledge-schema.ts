// One zod schema per kind of knowledge file under rules/. They give the TypeScript types,
// the load-time check and (through z.toJSONSchema) the editor schemas in rules/schema/.
import { z } from "zod";

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use kebab-case: lower-case words joined by '-', e.g. 'sqs-fifo'");

/** Names that would reach Object.prototype if used as keys: never valid as a fact name. */
export const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"] as const;

const factName = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "use camelCase letters and digits, e.g. 'itemSizeKB'")
  .refine((name) => !(FORBIDDEN_KEYS as readonly string[]).includes(name), "this name is reserved");

const sentence = z
  .string()
  .min(12, "write a whole sentence")
  .max(400, "keep it to one sentence of at most 400 characters")
  .regex(/[.!?]$/, "end the sentence with a full stop");

// ---------- answers catalog ----------

export const answerSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(2),
  /** "pitfall": a tempting wrong choice (CORS on the requesting bucket) that rules only ever advise against. */
  kind: z.enum(["service", "feature", "practice", "action", "concept", "pitfall"]),
  aliases: z.array(z.string().min(2)).max(40).default([]),
  section: z.string().min(1),
  summary: z.string().max(300).optional(),
});
export type Answer = z.infer<typeof answerSchema>;

export const answersFileSchema = z.strictObject({
  $schema: z.string().optional(),
  answers: z.array(answerSchema).max(2000),
});

// ---------- fact catalog ----------

const factBase = {
  name: factName,
  question: z.string().min(8).regex(/\?$/, "phrase the wizard's question as a question ending in '?'"),
  help: z.string().min(8).max(300),
  areas: z.array(kebabId).min(1, "name at least one decision area that reads this fact"),
};

const enumValues = z
  .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "enum values are kebab-case"))
  .min(2, "an enum needs at least two values")
  .max(40);

export const factSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...factBase, type: z.literal("boolean") }),
  z.strictObject({
    ...factBase,
    type: z.literal("enum"),
    values: enumValues,
    labels: z.record(z.string(), z.string()).optional(),
  }),
  z.strictObject({
    ...factBase,
    type: z.literal("enum-list"),
    values: enumValues,
    labels: z.record(z.string(), z.string()).optional(),
  }),
  z.strictObject({
    ...factBase,
    type: z.literal("number"),
    unit: z.string().min(1).max(20),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
]);
export type FactDefinition = z.infer<typeof factSchema>;

export const factsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  facts: z.array(factSchema).max(2000),
});

// ---------- rules (one file per decision area) ----------

/** json-rules-engine's built-in operators; decorators and custom operators are not accepted. */
export const OPERATORS = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const;

/** Deepest nesting of all/any/not a rule may use; real rules need two or three levels. */
export const MAX_CONDITION_DEPTH = 6;

const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean()]);

// Deliberately no `path` and no `params`: json-rules-engine hands `path` to jsonpath-plus, which can
// run code, and our facts are flat values that need neither.
export const leafConditionSchema = z.strictObject({
  fact: factName,
  operator: z.enum(OPERATORS),
  value: z.union([scalar, z.array(scalar).max(100), z.strictObject({ fact: factName })]),
});
export type LeafCondition = z.infer<typeof leafConditionSchema>;

export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    leafConditionSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1).max(30) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(30) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export type TopCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

const topConditionSchema = z.union([
  z.strictObject({ all: z.array(conditionSchema).min(1).max(30) }),
  z.strictObject({ any: z.array(conditionSchema).min(1).max(30) }),
  z.strictObject({ not: conditionSchema }),
]) as z.ZodType<TopCondition>;

const weight = z.number().int().min(1).max(10);

const ruleEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("recommend"),
    params: z.strictObject({ answer: kebabId, reason: sentence, section: z.string().min(1), weight }),
  }),
  z.strictObject({
    type: z.literal("avoid"),
    params: z.strictObject({ answer: kebabId, reason: sentence, section: z.string().min(1), weight }),
  }),
  z.strictObject({
    type: z.literal("caveat"),
    params: z.strictObject({
      answer: kebabId.optional(),
      reason: sentence,
      section: z.string().min(1),
      /** What AWS does today, where the note is out of date. */
      today: sentence.optional(),
    }),
  }),
]);
export type RuleEvent = z.infer<typeof ruleEventSchema>;

export const ruleSchema = z.strictObject({
  name: kebabId,
  priority: z.number().int().positive().max(100).optional(),
  conditions: topConditionSchema,
  event: ruleEventSchema,
});
export type RuleDefinition = z.infer<typeof ruleSchema>;

export const areaFileSchema = z.strictObject({
  $schema: z.string().optional(),
  area: kebabId,
  title: z.string().min(4).max(80),
  summary: z.string().min(8).max(200),
  /** "one": the best answer wins; "many": every answer with a positive score is recommended. */
  choose: z.enum(["one", "many"]),
  answers: z.array(kebabId).min(1).max(60),
  rules: z.array(ruleSchema).min(1).max(500),
});
export type AreaFile = z.infer<typeof areaFileSchema>;

export function conditionDepth(condition: Condition): number {
  if ("all" in condition) return 1 + Math.max(0, ...condition.all.map(conditionDepth));
  if ("any" in condition) return 1 + Math.max(0, ...condition.any.map(conditionDepth));
  if ("not" in condition) return 1 + conditionDepth(condition.not);
  return 0;
}

export function leafConditions(condition: Condition): LeafCondition[] {
  if ("all" in condition) return condition.all.flatMap(leafConditions);
  if ("any" in condition) return condition.any.flatMap(leafConditions);
  if ("not" in condition) return leafConditions(condition.not);
  return [condition];
}

// ---------- limits and defaults the note states (for "what is the maximum …?" questions) ----------

export const limitSchema = z.strictObject({
  id: kebabId,
  /** The number fact the limit applies to. */
  fact: factName,
  kind: z.enum(["maximum", "minimum", "default"]),
  value: z.number().finite(),
  /** Unit words an option may use, with the factor to the fact's unit: { "minute": 60, "hour": 3600 }. */
  units: z.record(z.string().regex(/^[a-z/]+$/), z.number().positive()).default({}),
  /** Phrases (cue syntax) in a question that ask for this limit. */
  asks: z.array(z.string().min(2).max(200)).min(1).max(40),
  reason: sentence,
  section: z.string().min(1),
  today: sentence.optional(),
});
export type Limit = z.infer<typeof limitSchema>;

export const limitsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  limits: z.array(limitSchema).max(500),
});

// ---------- quantities a question may ask to compute ("how many read capacity units …?") ----------

/** The arithmetic the tool can do (src/core/quantities.ts implements each). */
export const CALCULATIONS = ["dynamodb-read-capacity", "dynamodb-write-capacity", "ebs-gp2-baseline-iops"] as const;
export type Calculation = (typeof CALCULATIONS)[number];

export const quantitySchema = z.strictObject({
  id: kebabId,
  calculation: z.enum(CALCULATIONS),
  /** Phrases (cue syntax) in the question sentence that ask for this quantity. */
  asks: z.array(z.string().min(2).max(200)).min(1).max(40),
  section: z.string().min(1),
});
export type Quantity = z.infer<typeof quantitySchema>;

export const quantitiesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  quantities: z.array(quantitySchema).max(100),
});

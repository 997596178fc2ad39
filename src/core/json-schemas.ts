// Editor schemas for the knowledge files, generated from the same zod schemas that validate them.
import { z } from "zod";
import { answersFileSchema, areaFileSchema, factsFileSchema, limitsFileSchema, quantitiesFileSchema } from "./knowledge-schema.js";
import { cuesFileSchema, questionShapeSchema } from "./question/cue-schema.js";
import { scenarioSchema } from "./scenario.js";

/** File name under rules/schema/ → JSON Schema. */
export function jsonSchemas(): Record<string, unknown> {
  const schemas: Record<string, z.ZodType> = {
    "answers.schema.json": answersFileSchema,
    "facts.schema.json": factsFileSchema,
    "area.schema.json": areaFileSchema,
    "cues.schema.json": cuesFileSchema,
    "limits.schema.json": limitsFileSchema,
    "quantities.schema.json": quantitiesFileSchema,
    "question-shape.schema.json": questionShapeSchema,
    "scenario.schema.json": scenarioSchema,
  };
  return Object.fromEntries(Object.entries(schemas).map(([file, schema]) => [file, z.toJSONSchema(schema, { io: "input", unrepresentable: "any" })]));
}

// The committed editor schemas in rules/schema/ must match the zod schemas; regenerate them with
// `npm run schemas` after changing a schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../src/core/json-schemas.js";

const DIR = join(import.meta.dirname, "..", "..", "rules", "schema");

describe("rules/schema", () => {
  it.each(Object.entries(jsonSchemas()))("%s is up to date", (file, schema) => {
    expect(JSON.parse(readFileSync(join(DIR, file), "utf8"))).toEqual(schema);
  });
});

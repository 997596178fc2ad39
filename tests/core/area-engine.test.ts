import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { AreaEngine, ownPropertyPathResolver } from "../../src/core/area-engine.js";
import type { Area } from "../../src/core/load-knowledge.js";

// The attack found on json-rules-engine 7.3.1 + jsonpath-plus 10.4.0: a filter expression in `path`
// runs arbitrary JavaScript while the rule is evaluated.
const ATTACK = "$..[?(@.constructor.constructor('globalThis.__pwned = true')())]";

describe("AreaEngine safety", () => {
  afterEach(() => {
    delete (globalThis as { __pwned?: boolean }).__pwned;
  });

  it("never runs code from a crafted path, even if one got past the schema", async () => {
    const area = {
      area: "attack",
      rules: [
        {
          name: "crafted",
          conditions: { all: [{ fact: "x", operator: "equal", value: 1, path: ATTACK }] },
          event: { type: "caveat", params: { reason: "Never fires anyway.", section: "S" } },
        },
      ],
    } as unknown as Area;
    await new AreaEngine(area).run({ x: { y: 1 } });
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it("hands paths to our resolver, not to jsonpath-plus", async () => {
    const rule = (name: string, path: string) => ({
      name,
      conditions: { all: [{ fact: "x", operator: "equal", value: 1, path }] },
      event: { type: "caveat", params: { reason: "Fired.", section: "S" } },
    });
    const area = { area: "paths", rules: [rule("dotted", "$.y"), rule("recursive-descent", "$..y")] } as unknown as Area;
    const result = await new AreaEngine(area).run({ x: { y: 1 } });
    // jsonpath-plus would resolve `$..y` too; the own-property resolver does not understand it.
    expect(result.results.map((r) => r.name)).toEqual(["dotted"]);
  });

  it("resolves only own properties along a dotted path", () => {
    expect(ownPropertyPathResolver({ a: { b: 2 } }, "$.a.b")).toBe(2);
    expect(ownPropertyPathResolver({ a: 1 }, "constructor")).toBeUndefined();
    expect(ownPropertyPathResolver({ a: 1 }, "a.__proto__")).toBeUndefined();
    expect(ownPropertyPathResolver({}, "toString")).toBeUndefined();
  });

  it("runs with jsonpath-plus 11 or later installed (the override in package.json)", () => {
    const require = createRequire(import.meta.url);
    const engineDir = require.resolve("json-rules-engine");
    const manifest = createRequire(engineDir).resolve("jsonpath-plus/package.json");
    const major = Number(JSON.parse(readFileSync(manifest, "utf8")).version.split(".")[0]);
    expect(major).toBeGreaterThanOrEqual(11);
  });
});

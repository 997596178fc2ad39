// One json-rules-engine Engine per decision area, built once and reused; runs of one engine are
// never overlapped (they are awaited one at a time by the caller).
import { Engine, type EngineResult } from "json-rules-engine";
import type { Area } from "./load-knowledge.js";

/**
 * Replaces json-rules-engine's default resolver (jsonpath-plus, which can execute code from a crafted
 * path). It only walks own, non-prototype properties along a dotted path.
 */
export function ownPropertyPathResolver(value: object, path: string): unknown {
  const keys = path.replace(/^\$\./, "").split(".");
  // Anything but plain dotted keys (recursive descent `..`, filters, brackets) is refused, not interpreted.
  if (keys.some((key) => !/^[A-Za-z0-9_-]+$/.test(key))) return undefined;
  let current: unknown = value;
  for (const key of keys) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") return undefined;
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export class AreaEngine {
  private readonly engine: Engine;

  constructor(readonly area: Area) {
    this.engine = new Engine([], { allowUndefinedFacts: true, pathResolver: ownPropertyPathResolver });
    area.rules.forEach((rule) => {
      this.engine.addRule({
        name: rule.name,
        priority: rule.priority ?? 1,
        conditions: rule.conditions as never,
        event: rule.event,
      });
    });
  }

  run(facts: Readonly<Record<string, unknown>>): Promise<EngineResult> {
    // A fresh null-prototype copy: rules can never see or reach Object.prototype through the facts.
    const input: Record<string, unknown> = Object.create(null);
    for (const [name, value] of Object.entries(facts)) input[name] = value;
    return this.engine.run(input);
  }
}

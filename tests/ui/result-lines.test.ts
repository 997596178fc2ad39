import { describe, expect, it } from "vitest";
import { Evaluator } from "../../src/core/evaluate.js";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";
import { whatWouldChangeIt } from "../../src/core/what-if.js";
import { resultLines, wrapLines, wrapText } from "../../src/ui/result-lines.js";
import { colourTheme, plainTheme, themeFor } from "../../src/ui/theme.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);
const evaluator = new Evaluator(knowledge);

async function lines(area: string, facts: Record<string, boolean | number | string>, showTrace = false) {
  const verdict = (await evaluator.evaluate(facts, [area])).areas[0]!;
  const whatIf = await whatWouldChangeIt(evaluator, area, facts);
  return resultLines({ verdict, knowledge, whatIf, showTrace });
}

describe("the result screen's lines", () => {
  it("shows the recommendation with reasons and sections, each rejected option with why not, caveats with today's fact", async () => {
    const text = (await lines("rds-availability", { needsReadScaling: true, needsDisasterRecovery: false, readReplicaCount: 8 })).map((l) => l.text);
    expect(text).toContain("✔ Recommended: RDS read replicas  (score 4)");
    expect(text.some((t) => t.startsWith("+ ") && t.endsWith("[RDS - BACK UPS, MULTI - AZ & READ REPLICAS]"))).toBe(true);
    expect(text.some((t) => t.startsWith("✘ Not RDS Multi-AZ"))).toBe(true);
    expect(text.some((t) => t.startsWith("⚠ "))).toBe(true);
    expect(text.some((t) => t.startsWith("Today: "))).toBe(true);
    expect(text).toContain("What would change it");
  });

  it("adds the condition trace only when asked, rules that fired first", async () => {
    const without = await lines("elasticache-engine", { needsCacheRedundancy: true });
    const withTrace = await lines("elasticache-engine", { needsCacheRedundancy: true }, true);
    expect(without.map((l) => l.text)).not.toContain("Condition trace");
    const at = withTrace.findIndex((l) => l.text === "Condition trace");
    expect(withTrace[at + 1]!.text).toMatch(/^redis-for-multi-az → recommend elasticache-redis: fired|^memcached-has-no-redundancy/);
  });

  it("wraps long reasons inside the width at 80 and 40 columns without losing a word", async () => {
    const all = await lines("beanstalk-deployment", { environmentStage: "production", missionCritical: true, fastRollbackNeeded: true }, true);
    for (const width of [80, 40]) {
      const wrapped = wrapLines(all, width);
      expect(wrapped.length).toBeGreaterThan(all.length);
      for (const line of wrapped) expect(line.indent + [...line.text].length).toBeLessThanOrEqual(width);
      const letters = (ls: readonly { text: string }[]) => ls.map((l) => l.text.replace(/\s+/g, "")).join("");
      expect(letters(wrapped)).toEqual(letters(all));
    }
  });

  it("cuts a word longer than the line", () => {
    expect(wrapText("a " + "x".repeat(25), 10)).toEqual(["a", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"]);
  });
});

describe("NO_COLOR", () => {
  it("turns every colour and text style off when set, and only when set to something", () => {
    expect(themeFor({ NO_COLOR: "1" })).toBe(plainTheme);
    expect(themeFor({ NO_COLOR: "" })).toBe(colourTheme);
    expect(themeFor({})).toBe(colourTheme);
    expect(["title", "good", "bad", "warn", "info", "dim", "plain"].map((t) => plainTheme.color(t as never))).toEqual(Array(7).fill(undefined));
    expect(plainTheme.bold || plainTheme.dim).toBe(false);
  });
});

// The knowledge the build prepares must read back exactly as the loader makes it, and only for the very
// files it was made from: an edited rules directory is always loaded afresh.
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";
import { encodeKnowledge, preparedKnowledge, rulesFingerprint } from "../../src/core/prepared.js";
import { MINI_RULES, miniRulesWith } from "../helpers.js";

/** What the build writes, as the CLI reads it: through JSON. */
const shipped = (dir: string) => JSON.parse(JSON.stringify(encodeKnowledge(loadKnowledge([dir]).knowledge, dir)));

describe("prepared knowledge", () => {
  it("reads back equal to the loaded built-in rules, maps and all", () => {
    const dir = builtInRulesDir();
    expect(preparedKnowledge([dir], shipped(dir))).toEqual(loadKnowledge([dir]).knowledge);
  });

  it("serves an identical copy of the rules, with the copy's own file paths", () => {
    const copy = mkdtempSync(join(tmpdir(), "aws-scenario-prepared-"));
    cpSync(MINI_RULES, copy, { recursive: true });
    const knowledge = preparedKnowledge([copy], shipped(MINI_RULES));
    expect(knowledge).toBeDefined();
    expect(knowledge!.areas.get("messaging")!.file).toBe(join(copy, "areas", "messaging.json"));
    expect(knowledge).toEqual(loadKnowledge([copy]).knowledge);
  });

  it("is not used once any file of the rules directory changes, or a file is added", () => {
    const prepared = shipped(MINI_RULES);
    const edited = miniRulesWith({ file: "areas/messaging.json", change: (area) => ((area.rules[0].event.params.weight = 9), area) });
    expect(preparedKnowledge([edited], prepared)).toBeUndefined();
    const noted = miniRulesWith();
    appendFileSync(join(noted, "aws-developer-notes.md"), "\n# A new heading\n");
    expect(preparedKnowledge([noted], prepared)).toBeUndefined();
    const added = miniRulesWith();
    writeFileSync(join(added, "facts", "more.json"), '{ "facts": [] }');
    expect(rulesFingerprint(added)).not.toBe(rulesFingerprint(MINI_RULES));
    expect(preparedKnowledge([added], prepared)).toBeUndefined();
  });

  it("is not used when other rules are layered on top", () => {
    expect(preparedKnowledge([MINI_RULES, MINI_RULES], shipped(MINI_RULES))).toBeUndefined();
  });

  it("is not used when there is none, or it is not ours", () => {
    expect(preparedKnowledge([MINI_RULES], undefined)).toBeUndefined();
    expect(preparedKnowledge([MINI_RULES], { fingerprint: rulesFingerprint(MINI_RULES) })).toBeUndefined();
  });
});

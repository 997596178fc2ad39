import { describe, expect, it } from "vitest";
import { progressLine } from "../../../src/core/batch/progress.js";
import { batchJunit, batchTap, xml } from "../../../src/core/batch/reports.js";
import type { FileResult } from "../../../src/core/batch/results.js";
import { BatchCollector } from "../../../src/core/batch/run.js";
import { loadKnowledge } from "../../../src/core/load-knowledge.js";
import { MINI_RULES } from "../../helpers.js";
import { findAll, parseXml } from "./parse-xml.js";

const { knowledge } = loadKnowledge([MINI_RULES]);

function reportOf(results: FileResult[]) {
  const collector = new BatchCollector();
  results.forEach((r) => collector.add(r));
  return collector.report(knowledge, { found: results.length, selected: results.length });
}

const awkward: FileResult = {
  kind: "scenario",
  file: `odd/<&>"'#1.yaml`,
  status: "failed",
  area: "messaging",
  ms: 1.5,
  name: "Quotes \" & <tags> # and a bell \u0007",
  checked: true,
  recommended: [],
  failures: ["expected <queue> & \"topic\""],
};

describe("report builders", () => {
  it("escapes names, messages and details so the JUnit XML stays well-formed", () => {
    const text = batchJunit(reportOf([awkward]), () => "detail with ]]> and <b>\u0000 control");
    const root = parseXml(text);
    const testcase = findAll(root, "testcase")[0]!;
    expect(testcase.attributes.file).toBe(`odd/<&>"'#1.yaml`);
    expect(testcase.attributes.time).toBe("0.002");
    expect(findAll(testcase, "failure")[0]!.attributes.message).toBe('expected <queue> & "topic"');
    expect(findAll(testcase, "failure")[0]!.text).toBe("detail with ]]> and <b> control");
    expect(xml("a\u0001b")).toBe("ab");
  });

  it("escapes '#' in TAP descriptions so a name cannot turn into a directive", () => {
    const tap = batchTap(reportOf([awkward]), () => "x");
    expect(tap).toContain(`not ok 1 - odd/<&>"'\\#1.yaml - Quotes " & <tags> \\# and a bell \u0007`);
    expect(tap).not.toMatch(/# (SKIP|TODO)/i);
  });

  it("draws a progress line with counts, a percentage and the file, cut to the width", () => {
    const line = progressLine(250, 1000, "scenarios/very/long/path/to/a/scenario-file-name.yaml", 60);
    expect(line).toMatch(/^\[█{5}░{15}\]   250\/1000   25%  …/);
    expect(line.length).toBeLessThanOrEqual(60);
    expect(progressLine(1000, 1000, "a.yaml")).toContain("1000/1000  100%  a.yaml");
  });
});

import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { main } from "../../src/cli.js";
import { findAll, parseXml } from "../core/batch/parse-xml.js";
import { fakeIO, MINI_RULES } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "batch");
const RULES = ["--rules-only", "--rules", MINI_RULES, "--rules", join(FIXTURES, "rules-cues")];

/** A scratch working folder holding a copy of the fixture suite: the state file and reports land there. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "aws-scenario-batch-"));
  cpSync(join(FIXTURES, "suite"), join(dir, "suite"), { recursive: true });
  return dir;
}

async function batch(args: string[], options: { cwd?: string; tty?: boolean; env?: NodeJS.ProcessEnv; stderrIsTTY?: boolean } = {}) {
  const cwd = options.cwd ?? workspace();
  const io = { ...fakeIO({ cwd, tty: options.tty, env: options.env }), stderrIsTTY: options.stderrIsTTY ?? false };
  const workers = args.includes("--workers") ? [] : ["--workers", "0"];
  const code = await main(["batch", ...args, ...RULES, ...workers], io);
  return { code, out: io.stdout(), err: io.stderr(), cwd };
}

describe("batch: human output", () => {
  it("shows each failure with expected, concluded, reasons and trace; invalid files with their place; a summary that adds up", async () => {
    const { code, out, err } = await batch(["suite"]);
    expect(code).toBe(2);
    expect(err).toBe("");
    expect(out).not.toContain("\u001b[");
    expect(out).toContain("✘ FAIL suite/failing/pull-expects-topic.yaml  Pull but expects a topic");
    expect(out).toContain("Expected: recommend topic");
    expect(out).toContain("Concluded: messaging → queue");
    expect(out).toContain("✘ expected topic (A topic) to be recommended, but the recommendation was queue (A queue)");
    expect(out).toContain("− Topics do not wait to be pulled. [Topics]");
    expect(out).toMatch(/topic-is-not-pulled → avoid topic: fired\n\s+✓ all of:\n\s+✓ delivery equal "pull" \(seen: "pull"\)/);
    expect(out).toContain("✘ WRONG suite/questions/push-wrong-key.md");
    expect(out).toContain("expected A, answered B");
    expect(out).toMatch(/Trace of the rules about queue, topic:[\s\S]*topic-for-push → recommend topic: fired/);
    expect(out).toContain("suite/invalid/unknown-fact.yaml:4:15: unknown fact 'strictOrdr' (at facts.strictOrdr)");
    expect(out).toContain("fix: did you mean 'strictOrder'?");
    expect(out).toMatch(/suite\/invalid\/broken-yaml\.yaml:3:1: /);
    expect(out).toMatch(/^Area\s+files\s+passed\s+failed\s+invalid\s+right\s+wrong\s+abstained\s+accuracy\s+precision\s+oos-abstain$/m);
    expect(out).toMatch(/^messaging\s+9\s+6\s+2\s+0\s+1\s+1\s+1\s+33\.3%\s+50\.0%\s+–$/m);
    expect(out).toMatch(/^total\s+12\s+7\s+2\s+2\s+2\s+1\s+1\s+33\.3%\s+50\.0%\s+100\.0%$/m);
    expect(out).toMatch(/in-scope accuracy\s+33\.3%\s+\(1\/3\)/);
    expect(out).toMatch(/precision\s+50\.0%\s+\(1\/2\)/);
    expect(out).toMatch(/out-of-scope abstention\s+100\.0%\s+\(1\/1\)/);
    expect(out).toContain("12 files: 7 passed, 2 failed, 2 invalid, 1 abstained");
    expect(out).toContain("1 scenario file(s) have no expect block: evaluated, but nothing was checked");
    expect(out).toContain("exit 2: invalid files take precedence over failures");
  });

  it("exits 1 when files fail but none is invalid, and 0 when all pass (abstentions allowed)", async () => {
    expect((await batch(["suite", "--filter", "passing|failing"])).code).toBe(1);
    const passing = await batch(["suite", "--filter", "passing|nothing-recognised|outside"]);
    expect(passing.code).toBe(0);
    expect(passing.out).toContain("7 files: 6 passed, 0 failed, 0 invalid, 1 abstained");
    expect(passing.out).toContain("7 of 12 files found were selected");
  });

  it("groups by folder with --by folder, and lists every file with --verbose", async () => {
    const { out } = await batch(["suite", "--by", "folder", "--verbose"]);
    expect(out).toMatch(/^Folder\s+files/m);
    expect(out).toMatch(/^suite\/passing\/nested\s+3\s+3\s+0\s+0/m);
    expect(out).toContain("· abstain suite/questions/nothing-recognised.txt  abstained: no fact the study note decides on was recognised");
    expect(out).toContain("✔ pass    suite/passing/fan-out.json  One event, three services");
  });

  it("uses colour on a terminal, never with NO_COLOR", async () => {
    expect((await batch(["suite"], { tty: true })).out).toContain("\u001b[");
    expect((await batch(["suite"], { tty: true, env: { NO_COLOR: "1" } })).out).not.toContain("\u001b[");
  });

  it("draws no progress when standard error is not a terminal, nor for a run under a second on one", async () => {
    expect((await batch(["suite"])).err).toBe("");
    expect((await batch(["suite"], { stderrIsTTY: true })).err).toBe("");
  });
});

describe("batch: machine-readable reports", () => {
  it("--json prints one document with every result, the groups, the totals and the exit code", async () => {
    const { code, out } = await batch(["suite", "--json"]);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ kind: "batch", version: 1, exitCode: code, by: "area", selection: { found: 12, selected: 12 } });
    expect(report.totals).toMatchObject({ files: 12, passed: 7, failed: 2, invalid: 2, abstained: 1, notRun: 0 });
    expect(report.totals.figures.inScopeAccuracy).toEqual({ count: 1, of: 3, percent: 33.3 });
    expect(report.results).toHaveLength(12);
    const failed = report.results.find((r: { file: string }) => r.file === "suite/failing/pull-expects-topic.yaml");
    expect(failed.evaluation.areas[0].trace.length).toBeGreaterThan(0);
    expect(out).not.toContain('"ms"'); // no timings: the same files give the same document
    expect((await batch(["suite", "--json"])).out).toBe(out);
  });

  it("gives the same document with json-rules-engine itself (--reference-engine) as with the compiled engine", async () => {
    const compiled = await batch(["suite", "--json", "--coverage"]);
    const reference = await batch(["suite", "--json", "--coverage", "--reference-engine"]);
    expect(reference.out).toBe(compiled.out);
  });

  it("--junit writes XML a CI server can read: suites per area, failures, errors and skips", async () => {
    const { cwd, out } = await batch(["suite", "--junit", "reports.xml"]);
    expect(out).toContain("12 files:"); // the terminal report is still printed
    const xml = parseXml(readFileSync(join(cwd, "reports.xml"), "utf8"));
    expect(xml.name).toBe("testsuites");
    expect(xml.attributes).toMatchObject({ tests: "12", failures: "2", errors: "2", skipped: "1" });
    const suites = findAll(xml, "testsuite");
    expect(suites.map((s) => s.attributes.name)).toEqual(["messaging", "(out of scope)", "(invalid)"]);
    expect(suites.reduce((sum, s) => sum + Number(s.attributes.tests), 0)).toBe(12);
    const cases = findAll(xml, "testcase");
    expect(cases).toHaveLength(12);
    const byFile = (file: string) => cases.find((c) => c.attributes.file === file)!;
    const failure = findAll(byFile("suite/failing/pull-expects-topic.yaml"), "failure")[0]!;
    expect(failure.attributes.message).toBe("expected topic (A topic) to be recommended, but the recommendation was queue (A queue)");
    expect(failure.text).toContain("Concluded: messaging → queue");
    expect(failure.text).toContain('✓ delivery equal "pull" (seen: "pull")');
    expect(findAll(byFile("suite/questions/push-wrong-key.md"), "failure")[0]!.attributes.message).toBe("expected A, answered B");
    expect(findAll(byFile("suite/invalid/unknown-fact.yaml"), "error")[0]!.attributes.message).toBe("suite/invalid/unknown-fact.yaml:4:15: unknown fact 'strictOrdr'");
    expect(findAll(byFile("suite/questions/nothing-recognised.txt"), "skipped")).toHaveLength(1);
    expect(byFile("suite/passing/fan-out.json").children).toEqual([]);
  });

  it("--tap prints TAP 14: a plan, ok / not ok per file, SKIP for abstentions, a YAML block per failure", async () => {
    const { out } = await batch(["suite", "--tap"]);
    const lines = out.split("\n");
    expect(lines.slice(0, 2)).toEqual(["TAP version 14", "1..12"]);
    expect(lines.filter((l) => /^not ok \d+ - /.test(l))).toHaveLength(4);
    expect(lines.filter((l) => /^ok \d+ - .*# SKIP abstained: /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^ok \d+ - /.test(l))).toHaveLength(8);
    const start = lines.indexOf("not ok 1 - suite/failing/pull-expects-topic.yaml - Pull but expects a topic");
    const end = lines.indexOf("  ...", start);
    const block = parse(lines.slice(start + 2, end).map((l) => l.slice(2)).join("\n"));
    expect(block.severity).toBe("fail");
    expect(block.detail).toContain("Expected: recommend topic");
  });

  it("refuses --json together with --tap", async () => {
    const { code, err } = await batch(["suite", "--json", "--tap"]);
    expect(code).toBe(2);
    expect(err).toContain("choose one of --json and --tap");
  });
});

describe("batch: selection", () => {
  it("--filter keeps the paths matching a regular expression; an invalid one is a usage error", async () => {
    const { out } = await batch(["suite", "--filter", "nested/", "--verbose"]);
    expect(out).toContain("3 files: 3 passed");
    const bad = await batch(["suite", "--filter", "(unclosed"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--filter is not a valid regular expression");
    const none = await batch(["suite", "--filter", "zzz"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("--filter zzz matches none of the 12 files found");
  });

  it("--only-failed re-runs what failed last time, from the state file, and forgets what is fixed", async () => {
    const cwd = workspace();
    const first = await batch(["suite"], { cwd });
    expect(first.code).toBe(2);
    const state = JSON.parse(readFileSync(join(cwd, ".aws-scenario-state.json"), "utf8"));
    expect(state.failed).toEqual([
      "suite/failing/pull-expects-topic.yaml",
      "suite/invalid/broken-yaml.yaml",
      "suite/invalid/unknown-fact.yaml",
      "suite/questions/push-wrong-key.md",
    ]);
    writeFileSync(join(cwd, "suite/failing/pull-expects-topic.yaml"), "name: Fixed\nfacts: { delivery: pull }\nexpect: { recommend: [queue] }\n");
    rmSync(join(cwd, "suite/invalid"), { recursive: true });
    const second = await batch(["suite", "--only-failed", "--json"], { cwd });
    const report = JSON.parse(second.out);
    expect(report.results.map((r: { file: string; status: string }) => [r.file, r.status])).toEqual([
      ["suite/failing/pull-expects-topic.yaml", "passed"],
      ["suite/questions/push-wrong-key.md", "failed"],
    ]);
    expect(second.code).toBe(1);
    const third = await batch(["suite", "--only-failed", "--json"], { cwd });
    expect(JSON.parse(third.out).results.map((r: { file: string }) => r.file)).toEqual(["suite/questions/push-wrong-key.md"]);
  });

  it("--only-failed without a usable record runs everything and says so", async () => {
    const { out, err } = await batch(["suite", "--only-failed"]);
    expect(err).toContain("no failures recorded in .aws-scenario-state.json for these files; running all 12");
    expect(out).toContain("12 files:");
    const cwd = workspace();
    writeFileSync(join(cwd, ".aws-scenario-state.json"), "{ not json");
    const corrupt = await batch(["suite", "--only-failed"], { cwd });
    expect(corrupt.err).toContain("running all 12");
    expect(JSON.parse(readFileSync(join(cwd, ".aws-scenario-state.json"), "utf8")).failed).toHaveLength(4);
  });

  it("--bail stops at the first failed or invalid file and says how many did not run", async () => {
    const { code, out } = await batch(["suite", "--bail"]);
    expect(code).toBe(1);
    expect(out).toContain("1 file: 0 passed, 1 failed, 0 invalid");
    expect(out).toContain("Stopped at the first failure (--bail): 11 selected file(s) not run");
  });
});

describe("batch: coverage", () => {
  it("lists every rule and note section with whether a file fired or exercised it, and percentages", async () => {
    const { code, out } = await batch(["suite", "--filter", "strict-order", "--coverage"]);
    expect(code).toBe(0);
    expect(out).toContain("Coverage: rules 12.5%  (1/8), note sections 50.0%  (1/2)");
    expect(out).toMatch(/messaging\s+1\/8/);
    expect(out).toContain("✔ fifo-for-order");
    expect(out).toContain("✘ queue-for-pull  never fired  [Queues]");
    expect(out).toContain("✔ Queues");
    expect(out).toContain("✘ Topics");
  });

  it("--min-coverage fails the run (exit 1) below the threshold", async () => {
    const low = await batch(["suite", "--filter", "strict-order", "--min-coverage", "50"]);
    expect(low.code).toBe(1);
    expect(low.out).toContain("Rule coverage 12.5% is below the minimum of 50%");
    expect(low.out).not.toContain("Section coverage");
    expect((await batch(["suite", "--filter", "strict-order", "--min-coverage", "10"])).code).toBe(0);
    const full = await batch(["suite", "--filter", "passing", "--min-coverage", "100", "--json"]);
    expect(JSON.parse(full.out).coverage).toMatchObject({ minimum: 100, below: [], rules: { ratio: { percent: 100 } } });
  });
});

describe("batch: usage", () => {
  it("shows help with the exit codes, the state file and examples", async () => {
    const io = fakeIO();
    expect(await main(["batch", "--help"], io)).toBe(0);
    expect(io.stdout()).toContain("Usage: aws-scenario batch <path…>");
    expect(io.stdout()).toContain("2 wins");
    expect(io.stdout()).toContain(".aws-scenario-state.json");
    expect(io.stdout()).toContain("Examples:");
  });

  it.each([
    [[], "batch needs at least one file, folder or glob"],
    [["nope"], "nope: no such file or folder"],
    [["suite", "--by", "colour"], "--by takes 'area' or 'folder'"],
    [["suite", "--min-coverage", "150"], "--min-coverage takes a number from 0 to 100"],
    [["suite", "--workers", "1.5"], "--workers takes a whole number"],
    [["suite", "--frobnicate"], "Unknown option '--frobnicate'"],
  ])("exits 2 for %j", async (args, message) => {
    const { code, err } = await batch(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe("batch: the real process", () => {
  it("passes every built-in scenario file, keeps its state in the working folder, and stops quietly when piped into head", () => {
    const cwd = mkdtempSync(join(tmpdir(), "aws-scenario-batch-process-"));
    const tsx = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
    const command = `node --import ${tsx} ${join(ROOT, "src", "cli.ts")} batch ${join(ROOT, "scenarios")} --filter '/scenarios/(?!exam/)'`;
    const piped = spawnSync("bash", ["-c", `${command} --json | head -n 1`], { cwd, encoding: "utf8" });
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toBe("{\n");
    const full = spawnSync("bash", ["-c", command], { cwd, encoding: "utf8" });
    expect(full.stdout).toMatch(/\d+ files: \d+ passed, 0 failed, 0 invalid\n/);
    expect(full.status).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, ".aws-scenario-state.json"), "utf8")).failed).toEqual([]);
  }, 60_000);
});

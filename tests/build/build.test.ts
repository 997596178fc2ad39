// The published CLI: built with code splitting so that what scripts run never loads the wizard's ink and
// react, answering exactly as the sources do, and packed into a tarball that installs and runs as
// `aws-scenario` in an empty folder.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, CLI_ENTRY, type BuildReport } from "../../src/build/build.js";
import { main } from "../../src/cli.js";
import { fakeIO } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SCENARIO = join(ROOT, "scenarios", "elasticache-engine", "leaderboard.yaml");
const QUESTIONS = ["caching/leaderboard-cache-engine.md", "caching/cart-cache-survive-node-loss.md", "caching/balances-never-stale.yaml"].map((file) =>
  join(ROOT, "scenarios", "exam", file),
);
const UI_PACKAGE = /node_modules\/(ink|react|react-reconciler|yoga-layout)\//;
const SCRIPT_COMMANDS = ["check", "explain", "lint", "calc", "batch"];

let work: string;
/** A package folder as npm would lay it out: dist/ built here, rules/ and README.md copied. */
let pkg: string;
let report: BuildReport;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "aws-scenario-build-"));
  pkg = join(work, "pkg");
  report = await buildCli({ outdir: join(pkg, "dist") });
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };
  for (const entry of ["package.json", ...manifest.files.filter((entry) => entry !== "dist")]) cpSync(join(ROOT, entry), join(pkg, entry), { recursive: true });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every output the given one loads, itself included; through dynamic imports too unless `staticOnly`. */
function reachable(from: string, staticOnly = false): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of report.outputs.get(file)?.imports ?? []) if (!imported.external && !(staticOnly && imported.dynamic)) visit(imported.path);
  };
  visit(from);
  return seen;
}

const outputOf = (source: string) => [...report.outputs].find(([, output]) => output.inputs.includes(source))![0];
const uiChunks = () => new Set([...report.outputs].filter(([, output]) => output.inputs.some((input) => UI_PACKAGE.test(input))).map(([file]) => file));

describe("the bundle's chunks", () => {
  it("keep ink and react to the wizard: neither --help nor any scripted command can reach them", () => {
    const ui = uiChunks();
    expect(ui.size).toBeGreaterThan(0);
    expect([...reachable(CLI_ENTRY, true)].filter((file) => ui.has(file))).toEqual([]);
    for (const command of SCRIPT_COMMANDS) expect([...reachable(outputOf(`src/commands/${command}.ts`))].filter((file) => ui.has(file)), command).toEqual([]);
    // The analysis does see them where they are.
    expect([...reachable(outputOf("src/commands/ask.ts"))].some((file) => ui.has(file))).toBe(true);
  });

  it("load the English model only from the question reader, and never for a scenario", () => {
    const importsModel = [...report.outputs].filter(([, output]) => output.imports.some((i) => i.external && i.path.startsWith("wink-")));
    expect(importsModel.length).toBeGreaterThan(0);
    for (const [, output] of importsModel) expect(output.inputs).toContain("src/core/question/text-reader.ts");
    const modelChunks = new Set(importsModel.map(([file]) => file));
    expect([...reachable(outputOf("src/commands/check.ts"), true)].filter((file) => modelChunks.has(file))).toEqual([]);
  });

  it("give each worker thread its own entry next to cli.js", () => {
    expect(report.outputs.has("batch-worker.js")).toBe(true);
  });
});

describe("the built CLI", () => {
  const node = (args: string[], options: { cwd?: string; input?: string } = {}): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, args, { cwd: options.cwd ?? work, encoding: "utf8", input: options.input, env: { ...process.env, NO_COLOR: "1" } });

  beforeAll(() => {
    // The English model is a dependency the bundle imports at run time, as an installed package would.
    symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"), "dir");
  });
  afterAll(() => rmSync(join(pkg, "node_modules")));

  it("runs --help and every scripted command without loading a wizard chunk", () => {
    // Module hooks that refuse to load any chunk holding ink or react.
    const forbidden = [...uiChunks()].map((file) => pathToFileURL(join(pkg, "dist", file)).href);
    const hooks = join(work, "forbid-ui-chunks-hooks.mjs");
    writeFileSync(
      hooks,
      `const forbidden = new Set(${JSON.stringify(forbidden)});
export async function load(url, context, next) {
  if (forbidden.has(url)) throw new Error("forbidden wizard chunk: " + url);
  return next(url, context);
}\n`,
    );
    const hook = join(work, "forbid-ui-chunks.mjs");
    writeFileSync(hook, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const cli = join(pkg, "dist", CLI_ENTRY);
    const run = (...args: string[]) => node(["--import", pathToFileURL(hook).href, cli, ...args]);
    // The hook does stop a wizard chunk.
    const caught = node(["--import", pathToFileURL(hook).href, "--input-type=module", "-e", `await import(${JSON.stringify(forbidden[0])})`]);
    expect(caught.status).not.toBe(0);
    expect(caught.stderr).toContain("forbidden wizard chunk");

    for (const args of [
      ["--help"],
      ["check", SCENARIO],
      ["check", "--json", QUESTIONS[0]!],
      ["explain", "elasticache-redis"],
      ["lint"],
      ["calc", "dynamodb", "--item-size", "3KB", "--reads", "80"],
      ["batch", join(ROOT, "scenarios", "elasticache-engine"), "--workers", "2"],
    ]) {
      const result = run(...args);
      expect({ args, status: result.status, stderr: result.stderr }).toEqual({ args, status: 0, stderr: "" });
    }
  });

  it("answers exactly as the sources do, prepared rules and phrases notwithstanding", async () => {
    for (const file of [SCENARIO, ...QUESTIONS]) {
      const io = fakeIO();
      const status = await main(["check", "--json", file], io);
      const built = node([join(pkg, "dist", CLI_ENTRY), "check", "--json", file]);
      expect({ file, status: built.status, out: built.stdout }).toEqual({ file, status, out: io.stdout() });
    }
  });

  it("reads rules/ afresh once it is edited: the rules stay the source of truth", () => {
    const edited = join(work, "edited");
    mkdirSync(edited);
    for (const entry of ["dist", "rules", "node_modules"]) cpSync(join(pkg, entry), join(edited, entry), { recursive: true, dereference: false, verbatimSymlinks: true });
    writeFileSync(join(edited, "rules", "answers", "broken.json"), "{ not json");
    const result = node([join(edited, "dist", CLI_ENTRY), "check", SCENARIO]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("broken.json");
  });
});

describe("the packed tarball", () => {
  it("installs into an empty folder and runs as aws-scenario", () => {
    const npm = (args: string[], cwd: string) => {
      const result = spawnSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    // Built above, so the pack skips `prepare`; what goes in is decided by package.json's "files".
    const [packed] = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", work], pkg)) as [{ filename: string; files: { path: string }[] }];
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(["package.json", "README.md", "dist/cli.js", "dist/batch-worker.js", "dist/prepared-knowledge.json", "rules/aws-developer-notes.md"]));
    expect(paths.filter((path) => /^(src|tests|scenarios|bench|node_modules)\//.test(path))).toEqual([]);

    const prefix = join(work, "installed");
    mkdirSync(prefix);
    npm(["install", "--prefix", prefix, "--prefer-offline", join(work, packed.filename)], prefix);
    const bin = join(prefix, "node_modules", ".bin", "aws-scenario");
    const run = (...args: string[]) => spawnSync(bin, args, { cwd: prefix, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: aws-scenario <command>");
    const check = run("check", SCENARIO);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain("PASS every expectation holds");
    const question = run("check", "--json", QUESTIONS[0]!);
    expect(question.status, question.stderr).toBe(0);
    expect(JSON.parse(question.stdout)).toMatchObject({ kind: "question", correct: true });
  }, 120_000);
});

// Batch benchmark: N synthetic scenario files (default 10,000) from the fact catalog, timed against a
// read-and-parse floor measured in the same run; where worker threads start to pay off; whether memory
// grows with N. Both ways the tool runs are measured: from the sources under tsx (`npx tsx src/cli.ts`)
// and built (the project's build, or else esbuild with the CLI and its worker as two entry points, into a
// temporary folder, removed afterwards).
//
// Options: --n N (files, default 10000), --runs R (default 5), --quick (fewer runs and sizes),
// --keep (leave the generated folder). Each measurement runs in a fresh child process, so its peak RSS
// is its own, and times the work only (not the start of Node and tsx).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeSyntheticScenarios } from "./synthetic.js";

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = join(import.meta.dirname, "..", "..");
/**
 * Outside the project (nothing appears in its tree while the benchmark runs): a temporary folder holding
 * the build and links to rules/ and node_modules/, which the built CLI finds beside it as an installed
 * one finds its own.
 */
function buildDir(root: string): string {
  return join(root, "dist");
}

type Mode = "floor" | "source" | "built";

interface Measurement {
  readonly ms: number;
  /** Peak resident set size of the child process, in MiB. */
  readonly rssMiB: number;
  readonly exitCode?: number;
}

// ---------- child side: one measurement, printed as JSON ----------

async function child(mode: Mode, paths: string[], extra: string[]): Promise<void> {
  let ms: number;
  let exitCode: number | undefined;
  if (mode === "floor") {
    // The floor: find the same files, read and parse each one exactly as batch does, evaluate nothing.
    const { discoverFiles } = await import("../../src/core/batch/discover.js");
    const { parseDataText, readTextFile } = await import("../../src/core/source-file.js");
    const started = performance.now();
    let parsed = 0;
    for (const file of discoverFiles(paths, process.cwd()).files) {
      const read = readTextFile(file.path);
      if (read.ok && parseDataText(file.display, read.text).ok) parsed++;
    }
    ms = performance.now() - started;
    if (parsed === 0) throw new Error("nothing parsed");
  } else {
    const entry = mode === "built" ? pathToFileURL(join(buildDir(process.env.BENCH_BUILD_ROOT!), "cli.js")).href : "../../src/cli.js";
    const { main } = (await import(entry)) as typeof import("../../src/cli.js");
    const io = { out: () => {}, err: (text: string) => void process.stderr.write(text), readStdin: () => "", stdoutIsTTY: false, env: {}, cwd: process.env.BENCH_CWD ?? tmpdir() };
    const started = performance.now();
    exitCode = await main(["batch", ...paths, ...extra], io);
    ms = performance.now() - started;
  }
  const measurement: Measurement = { ms, rssMiB: process.resourceUsage().maxRSS / 1024, exitCode };
  process.stdout.write(JSON.stringify(measurement) + "\n");
}

function measure(mode: Mode, paths: readonly string[], extra: readonly string[] = []): Measurement {
  const output = execFileSync(process.execPath, [...process.execArgv, THIS_FILE, "--child", mode, ...paths, "--", ...extra], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(output.trim().split("\n").at(-1)!) as Measurement;
}

function summarise(all: readonly Measurement[]): Measurement {
  return { ms: median(all.map((m) => m.ms)), rssMiB: median(all.map((m) => m.rssMiB)), exitCode: Math.max(...all.map((m) => m.exitCode ?? 0)) };
}

function repeat(runs: number, take: () => Measurement): Measurement {
  return summarise(Array.from({ length: runs }, take));
}

/** Two measurements taken in turns, `runs` times each; their medians. */
function alternate(runs: number, first: () => Measurement, second: () => Measurement): [Measurement, Measurement] {
  const a: Measurement[] = [];
  const b: Measurement[] = [];
  for (let i = 0; i < runs; i++) a.push(first()), b.push(second());
  return [summarise(a), summarise(b)];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The project's own build when it has one (src/build/build.ts), else a plain esbuild bundle of the two entries. */
async function buildTool(root: string): Promise<string> {
  for (const link of ["rules", "node_modules"]) symlinkSync(join(ROOT, link), join(root, link), "dir");
  const projectBuild = "../../src/build/build.js";
  try {
    const { buildCli } = (await import(projectBuild)) as { buildCli: (options: { outdir: string }) => Promise<unknown> };
    await buildCli({ outdir: buildDir(root) });
    return "the project's build (src/build/build.ts)";
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
  }
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(ROOT, "src", "cli.ts"), join(ROOT, "src", "core", "batch", "batch-worker.ts")],
    outdir: buildDir(root),
    entryNames: "[name]",
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
  return "a plain esbuild bundle of src/cli.ts and src/core/batch/batch-worker.ts";
}

// ---------- parent side ----------

export default async function batchBenchmark(args: string[]): Promise<void> {
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(name);
    return index === -1 ? fallback : Number(args[index + 1]);
  };
  const quick = args.includes("--quick");
  const count = option("--n", 10_000);
  const runs = option("--runs", quick ? 3 : 5);
  const { builtInRulesDir, loadKnowledge } = await import("../../src/core/load-knowledge.js");
  const { knowledge } = loadKnowledge([builtInRulesDir()]);
  const dir = mkdtempSync(join(tmpdir(), "aws-scenario-bench-"));
  // Children run batch with the generated folder as working folder: the state file of --only-failed
  // lands there (hidden, so never read as input) and not in the project.
  process.env.BENCH_CWD = dir;
  const buildRoot = mkdtempSync(join(tmpdir(), "aws-scenario-bench-build-"));
  process.env.BENCH_BUILD_ROOT = buildRoot;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rate = (files: number, ms: number) => `${Math.round(files / (ms / 1000)).toLocaleString("en-US")} files/s`;
  try {
    const started = performance.now();
    const folders = await writeSyntheticScenarios(dir, count, knowledge);
    const built = await buildTool(buildRoot);
    console.log(`${count.toLocaleString("en-US")} synthetic scenario files in ${folders.length} folders (generated, and the tool built with ${built}, in ${seconds(performance.now() - started)})`);
    console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}; medians of ${runs} runs taken in turns, each in a fresh process`);

    // Round robin (floor, then each configuration, then again…) so that a change in the machine's load
    // during the run falls on all of them alike; then the median of each.
    const configurations: Array<[string, () => Measurement]> = [
      ["read + parse floor", () => measure("floor", [dir])],
      ["built, default (one thread)", () => measure("built", [dir])],
      ["built, --workers 2", () => measure("built", [dir], ["--workers", "2"])],
      ["built, --reference-engine", () => measure("built", [dir], ["--reference-engine"])],
      ["sources (tsx), default (one thread)", () => measure("source", [dir])],
      ["sources (tsx), --workers 2", () => measure("source", [dir], ["--workers", "2"])],
    ];
    const samples = configurations.map((): Measurement[] => []);
    for (let round = 0; round < runs; round++) configurations.forEach(([, take], index) => samples[index]!.push(take()));
    const rows = configurations.map(([label], index): [string, Measurement] => [label, summarise(samples[index]!)]);
    const floor = rows[0]![1];
    for (const [label, m] of rows)
      console.log(`  ${label.padEnd(37)} ${seconds(m.ms).padStart(8)}  ${rate(count, m.ms).padStart(17)}  peak RSS ${m.rssMiB.toFixed(0).padStart(4)} MiB  ${(m.ms / floor.ms).toFixed(2)}× floor`);
    const failedRuns = rows.filter(([, m]) => (m.exitCode ?? 0) !== 0).map(([label]) => label);
    if (failedRuns.length > 0) console.log(`  warning: batch did not exit 0 in: ${failedRuns.join(", ")} (every synthetic file should pass)`);
    for (const [label, m] of [rows[1]!, rows[4]!])
      console.log(
        `targets (${label.split(",")[0]}, default): under 5 s: ${m.ms < 5000 ? "met" : "MISSED"} (${seconds(m.ms)}); ` +
          `within 3× of the floor: ${m.ms <= 3 * floor.ms ? "met" : "MISSED"} (${(m.ms / floor.ms).toFixed(2)}×)`,
      );

    // Memory: the same run on a tenth of the files. Growth beyond the results themselves would show here.
    const tenth = folders.slice(0, Math.max(1, Math.round(folders.length / 10)));
    const small = repeat(Math.min(runs, 3), () => measure("built", tenth, ["--workers", "0"]));
    const smallCount = Math.min(count, tenth.length * 100);
    const large = rows[1]![1];
    console.log(
      `memory (built, one thread): peak RSS ${small.rssMiB.toFixed(0)} MiB for ${smallCount.toLocaleString("en-US")} files, ` +
        `${large.rssMiB.toFixed(0)} MiB for ${count.toLocaleString("en-US")}: ${(((large.rssMiB - small.rssMiB) * 1024) / Math.max(1, count - smallCount)).toFixed(1)} KiB per extra file`,
    );

    // Where workers pay off: the same folders, one thread against two workers, built tool.
    const sizes = (quick ? [1000, 5000] : [500, 1000, 2000, 5000, 10_000]).filter((size) => size <= count);
    console.log("workers vs one thread (built tool, scenario files, medians of 3):");
    for (const size of sizes) {
      const paths = folders.slice(0, Math.ceil(size / 100));
      const [one, two] = alternate(3, () => measure("built", paths, ["--workers", "0"]), () => measure("built", paths, ["--workers", "2"]));
      console.log(`  ${String(size).padStart(6)} files: one thread ${seconds(one.ms)}, 2 workers ${seconds(two.ms)}  → ${two.ms < one.ms ? "workers" : "one thread"} faster (${(one.ms / two.ms).toFixed(2)}×)`);
    }
    if (!quick) {
      const exam = join(ROOT, "scenarios", "exam");
      const [one, two] = alternate(3, () => measure("built", [exam], ["--workers", "0"]), () => measure("built", [exam], ["--workers", "2"]));
      console.log(`  scenarios/exam (question files): one thread ${seconds(one.ms)}, 2 workers ${seconds(two.ms)}  → ${two.ms < one.ms ? "workers" : "one thread"} faster (${(one.ms / two.ms).toFixed(2)}×)`);
    }
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (above 2 on 2 cores, other work shared the machine and slowed every figure)`);
  } finally {
    for (const link of ["rules", "node_modules"]) rmSync(join(buildRoot, link), { force: true }); // the links, not what they point to
    rmSync(buildRoot, { recursive: true, force: true });
    if (args.includes("--keep")) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes("--child")) {
  const rest = process.argv.slice(process.argv.indexOf("--child") + 1);
  const separator = rest.indexOf("--");
  const [mode, ...paths] = separator === -1 ? rest : rest.slice(0, separator);
  await child(mode as Mode, paths, separator === -1 ? [] : rest.slice(separator + 1));
}

// Start-up benchmark: how long the built CLI takes, whole process, for what people run dozens of times a
// session: `check` of a scenario, `check --json` of an exam question, `--help`, and the wizard's first frame
// in a pseudo-terminal. Each is the median wall time of R runs (default 20) next to `node -e ''` measured in
// the same rounds (the floor no Node program beats), as a ratio. Rounds interleave the commands, so a
// machine that gets busier half-way slows all of them alike.
//
// Options: --runs R, --quick (5 runs), --no-build (time the existing dist/ instead of building it
// first), --scenario FILE, --question FILE.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, relative } from "node:path";
import { buildCli, CLI_ENTRY, DEFAULT_OUTDIR } from "../../src/build/build.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(DEFAULT_OUTDIR, CLI_ENTRY);
const DEFAULT_SCENARIO = "scenarios/elasticache-engine/leaderboard.yaml";
const DEFAULT_QUESTION = "scenarios/exam/caching/leaderboard-cache-engine.md";

interface Target {
  readonly seconds?: number;
  readonly ratio?: number;
}

interface Measured {
  readonly label: string;
  readonly target?: Target;
  readonly run: () => Promise<number>;
  readonly times: number[];
}

export default async function startupBenchmark(args: string[]): Promise<void> {
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const runs = Number(option("--runs") ?? (args.includes("--quick") ? 5 : 20));
  const scenario = option("--scenario") ?? DEFAULT_SCENARIO;
  const question = option("--question") ?? DEFAULT_QUESTION;
  if (!args.includes("--no-build")) {
    const report = await buildCli({ outdir: DEFAULT_OUTDIR });
    for (const note of report.prepared.notes) console.log(`build: ${note}`);
  }
  if (!existsSync(CLI)) throw new Error(`no ${relative(ROOT, CLI)}: run \`npm run build\` or drop --no-build`);
  sanityCheck(["check", scenario]);
  sanityCheck(["check", "--json", question]);

  const node = (...argv: string[]) => async () => timeProcess(process.execPath, argv);
  const cli = (...argv: string[]) => node(CLI, ...argv);
  const floor: Measured = { label: "node -e '' (the floor)", run: node("-e", ""), times: [] };
  const measured: Measured[] = [
    floor,
    { label: `check ${scenario}`, target: { seconds: 0.35, ratio: 2.7 }, run: cli("check", scenario), times: [] },
    { label: `check --json ${question}`, target: { seconds: 0.35, ratio: 2.7 }, run: cli("check", "--json", question), times: [] },
    { label: "--help", target: { seconds: 0.2 }, run: cli("--help"), times: [] },
  ];
  if (hasScript()) measured.push({ label: "wizard: first frame in a pseudo-terminal", target: { seconds: 0.6 }, run: () => firstFrame(CLI), times: [] });
  else console.log("(no `script` command: the wizard's first frame is not measured)");

  for (let round = 0; round < runs; round++) for (const item of measured) item.times.push(await item.run());

  const floorMedian = median(floor.times);
  const rows = measured.map((item) => {
    const wall = median(item.times);
    const ratio = wall / floorMedian;
    const met = item.target && (item.target.seconds === undefined || wall <= item.target.seconds) && (item.target.ratio === undefined || ratio <= item.target.ratio);
    const target = item.target ? [item.target.seconds && `≤ ${item.target.seconds} s`, item.target.ratio && `≤ ${item.target.ratio}×`].filter(Boolean).join(", ") : "";
    return [item.label, `${wall.toFixed(3)} s`, `${ratio.toFixed(2)}×`, target, item.target ? (met ? "met" : "MISSED") : ""];
  });
  console.log(`start-up of the built CLI (${relative(ROOT, CLI)}), median wall of ${runs} runs, whole process;`);
  console.log(`${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(2)} at the end\n`);
  printTable(["what", "median", "× floor", "target", ""], rows);
}

/** The command must work before its time means anything. */
function sanityCheck(argv: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...argv], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`aws-scenario ${argv.join(" ")} exited ${result.status}:\n${result.stderr || result.stdout}`);
}

async function timeProcess(command: string, argv: string[]): Promise<number> {
  const started = performance.now();
  const result = spawnSync(command, argv, { cwd: ROOT, stdio: "ignore" });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${argv.join(" ")} exited ${result.status}`);
  return seconds;
}

function hasScript(): boolean {
  return spawnSync("script", ["-qfec", "true", "/dev/null"], { stdio: "ignore" }).status === 0;
}

/**
 * Starts the CLI with no command in a pseudo-terminal (util-linux `script`), so it opens the wizard, and
 * times until the first frame's text arrives; then Ctrl+C ends it, as a person would.
 */
function firstFrame(cli: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("script", ["-qfec", `'${process.execPath}' '${cli}'`, "/dev/null"], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "ignore"],
      env: { ...process.env, TERM: "xterm-256color" },
    });
    let seen = "";
    let elapsed: number | undefined;
    const giveUp = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.stdout.on("data", (data: Buffer) => {
      if (elapsed !== undefined) return;
      seen += data.toString("utf8");
      // A frame is text a person can read: words, once the terminal control sequences are taken out.
      if (/[A-Za-z]{3}/.test(seen.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[\]P][^\x07\x1b]*(\x07|\x1b\\)?|\x1b./g, ""))) {
        elapsed = (performance.now() - started) / 1000;
        child.stdin.write("\x03");
      }
    });
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(giveUp);
      if (elapsed === undefined) reject(new Error(`the wizard showed no frame; it printed: ${JSON.stringify(seen.slice(0, 300))}`));
      else resolve(elapsed);
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { runCheck } from "../../src/commands/check.js";
import type { CommandIO } from "../../src/commands/io.js";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "src", "cli.ts");

function io(tty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIO = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: () => "", stdoutIsTTY: tty, stdinIsTTY: tty, env: {}, cwd: ROOT };
  return { io: value, out, err };
}

describe("ask without a terminal", () => {
  it("shows its help with examples", async () => {
    const { io: fake, out } = io(false);
    expect(await main(["ask", "--help"], fake)).toBe(0);
    expect(out.join("")).toContain("Usage: aws-scenario ask [area]");
    expect(out.join("")).toContain("aws-scenario ask elasticache-engine");
  });

  it("exits 2 and points to check and batch", async () => {
    const { io: fake, err } = io(false);
    expect(await main(["ask", "kinesis"], fake)).toBe(2);
    expect(err.join("")).toMatch(/needs a terminal/);
    expect(err.join("")).toContain("aws-scenario check");
    expect(err.join("")).toContain("aws-scenario batch");
  });

  it("prints the main help (exit 0) when run with no command", async () => {
    const { io: fake, out } = io(false);
    expect(await main([], fake)).toBe(0);
    expect(out.join("")).toContain("ask [area]");
  });

  it("refuses an unknown area with a suggestion, before loading the UI", async () => {
    const { io: fake, err } = io(true);
    expect(await main(["ask", "kinesys"], fake)).toBe(2);
    expect(err.join("")).toContain("did you mean 'kinesis'?");
  });

  it("never imports ink or react: the real process runs with those imports forbidden", () => {
    const forbid = join(import.meta.dirname, "forbid-ui-imports.mjs");
    const node = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "--import", forbid, ...args], { cwd: ROOT, input: "", encoding: "utf8" });
    // The guard works: importing ink under it fails.
    expect(node(["-e", "await import('ink')"]).stderr).toContain("forbidden UI import: ink");

    const ask = node([CLI, "ask", "elasticache-engine"]);
    expect(ask.stderr).toContain("needs a terminal");
    expect(ask.stderr).not.toContain("forbidden");
    expect(ask.status).toBe(2);

    const bare = node([CLI]);
    expect(bare.status).toBe(0);
    expect(bare.stdout).toContain("Usage: aws-scenario <command>");
  });
});

// ---------- the real command in a pseudo-terminal ----------

const HAS_TMUX = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;
const SOCKET = `aws-scenario-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });

afterAll(() => {
  if (HAS_TMUX) spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
});

/**
 * Starts `command` in a detached 80×24 terminal; after it ends, the pane shows EXIT=<code> and the tty modes.
 * CI=true is set on purpose: CI servers set it, and Ink then withholds every frame but the last.
 */
function terminal(name: string, command: string, cwd: string, env = "") {
  const shell = `env -u NO_COLOR -u FORCE_COLOR -u NODE_ENV CI=true ${env} ${command}; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo; sleep 300`;
  tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", "-c", cwd, shell);
  const screen = (escapes = false) => tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", name);
  return {
    screen,
    keys: (...keys: string[]) => tmux("send-keys", "-t", name, ...keys),
    text: (text: string) => tmux("send-keys", "-t", name, "-l", text),
    cursorVisible: () => tmux("display-message", "-p", "-t", name, "#{cursor_flag}").trim() === "1",
    /** Polls the screen until `predicate` holds. */
    async until(predicate: (screen: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      let ended: number | undefined;
      for (;;) {
        const now = screen();
        if (predicate(now)) return now;
        // The command ended without showing it: wait only for the lines the shell prints after it.
        if (now.includes("EXIT=")) ended ??= Date.now();
        if (Date.now() > deadline || (ended !== undefined && Date.now() - ended > 3_000))
          throw new Error(`timed out waiting for ${what}; the terminal shows:\n${now}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

describe("ask in a real terminal (tmux)", () => {
  it("has tmux to drive a real terminal (.ci/run installs it)", () => {
    expect(HAS_TMUX, "tmux is missing: install it (apt-get install tmux), as .ci/run does").toBe(true);
  });

  it("tmux is installed (.ci/run installs it; here: apt-get install -y tmux)", () => {
    if (!HAS_TMUX) throw new Error("tmux is missing: install it with `apt-get install -y tmux` (the pseudo-terminal test needs it)");
  });

  it("answers by keys at 80×24, saves a scenario check passes, and quits with 0", { timeout: 90_000 }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), "ask-tty-"));
    const term = terminal("walk", `${TSX} ${CLI} ask elasticache-engine`, cwd);
    await term.until((s) => s.includes("Must the cache itself be redundant"), "the first question");
    expect(term.screen()).toContain("Leaning");
    term.keys("Enter");
    const result = await term.until((s) => s.includes("✔ Recommended: ElastiCache for Redis"), "the recommendation");
    expect(result).toContain("✘ Not ElastiCache for Memcached");
    expect(result).toContain("s save · r restart");
    await term.until((s) => s.includes("Yes → No: ElastiCache for Memcached instead"), "what would change it");

    term.keys("t");
    await term.until((s) => s.includes("Condition trace"), "the trace");
    term.keys("s");
    await term.until((s) => s.includes("File: ./elasticache-engine-"), "the save prompt");
    term.keys("Enter");
    await term.until((s) => s.includes("Saved ./elasticache-engine-"), "the saved notice");
    const [file] = readdirSync(cwd).filter((f) => f.endsWith(".yaml"));
    expect(readFileSync(join(cwd, file!), "utf8")).toContain("recommend:\n    - elasticache-redis");
    const out: string[] = [];
    expect(await runCheck([join(cwd, file!)], { out: (t) => out.push(t), err: () => {}, readStdin: () => "", stdoutIsTTY: false, env: {}, cwd })).toBe(0);

    term.keys("q");
    const after = await term.until((s) => s.includes("EXIT=") && /^-?icanon -?echo\s*$/m.test(s), "the exit and the terminal mode");
    expect(after).toContain("EXIT=0");
    expect(after).toMatch(/^icanon echo\s*$/m); // not -icanon / -echo: raw mode is off
  });

  it("Ctrl+C exits with 130 and leaves the terminal sane: cooked mode, echo on, cursor visible", { timeout: 90_000 }, async () => {
    const term = terminal("interrupt", `${TSX} ${CLI} ask kinesis`, ROOT);
    await term.until((s) => s.includes("Question 1"), "the first question");
    expect(term.cursorVisible()).toBe(false); // Ink hides it while drawing
    term.keys("C-c");
    // The shell prints EXIT= and then the stty line: wait for both, they may land in separate frames.
    const after = await term.until((s) => s.includes("EXIT=") && /^-?icanon -?echo\s*$/m.test(s), "the exit and the terminal mode");
    expect(after).toContain("EXIT=130");
    expect(after).toMatch(/^icanon echo\s*$/m); // not -icanon / -echo: raw mode is off
    expect(term.cursorVisible()).toBe(true);
  });

  it("npm start opens the wizard; colours show, and none with NO_COLOR", { timeout: 90_000 }, async () => {
    const coloured = terminal("colour", "npm start --silent", ROOT);
    await coloured.until((s) => s.includes("What do you want to decide?"), "the area list");
    coloured.text("kinesis");
    await coloured.until((s) => s.includes("Kinesis: Data Streams") && !s.includes("EBS volume"), "the filtered list");
    coloured.keys("Enter");
    await coloured.until((s) => s.includes("Question 1"), "the first question");
    expect(coloured.screen(true)).toMatch(/\u001b\[[0-9;]*3[1-6]m/); // a colour (cyan highlight)

    const plain = terminal("plain", `${TSX} ${CLI} ask kinesis`, ROOT, "NO_COLOR=1");
    await plain.until((s) => s.includes("Question 1"), "the first question");
    plain.keys("Enter");
    await plain.until((s) => s.includes("Question 2") || s.includes("Recommended"), "the next screen");
    expect(plain.screen(true)).not.toMatch(/\u001b\[[0-9;]*m/);
    plain.keys("q");
    expect(await plain.until((s) => s.includes("EXIT="), "the exit")).toContain("EXIT=0");
    coloured.keys("q");
    expect(await coloured.until((s) => s.includes("EXIT="), "the exit")).toContain("EXIT=0");
    expect(existsSync(ROOT)).toBe(true);
  });
});

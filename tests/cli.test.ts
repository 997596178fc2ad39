// The real process: exit codes, help, and a reader that closes the pipe early.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

function run(shell: string) {
  return spawnSync("bash", ["-c", `set -o pipefail; ${shell}`], { cwd: ROOT, encoding: "utf8" });
}

describe("aws-scenario process", () => {
  it("prints help and exits 0", () => {
    const result = run("node --import tsx src/cli.ts --help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: aws-scenario <command>");
  });

  it("exits 2 for an unknown command", () => {
    const result = run("node --import tsx src/cli.ts frobnicate");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });

  it("stops quietly when the output is piped into head", () => {
    // Hundreds of lines, so the writer is still writing when head has gone: a real EPIPE.
    const result = run("node --import tsx src/cli.ts batch scenarios --verbose | head -n 1");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
  });
});

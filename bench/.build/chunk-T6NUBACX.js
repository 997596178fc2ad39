import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/commands/io.ts
import { readFileSync } from "node:fs";
function processIO() {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: () => readFileSync(0, "utf8"),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd()
  };
}
var EXIT = { ok: 0, failed: 1, invalid: 2, interrupted: 130 };

export {
  processIO,
  EXIT
};

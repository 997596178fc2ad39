// What a command may touch of the outside world; tests pass their own.
import { readFileSync } from "node:fs";

export interface CommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** All of standard input, for `-` arguments. */
  readonly readStdin: () => string;
  readonly stdoutIsTTY: boolean;
  /** Whether standard input is a terminal (the wizard needs one); absent means no. */
  readonly stdinIsTTY?: boolean;
  /** Whether standard error is a terminal (progress bars go there); absent means no. */
  readonly stderrIsTTY?: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export function processIO(): CommandIO {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: () => readFileSync(0, "utf8"),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Exit codes: 0 ok, 1 expectations failed, 2 invalid input or usage, 130 interrupted. */
export const EXIT = { ok: 0, failed: 1, invalid: 2, interrupted: 130 } as const;

// Shared test helpers: a throwaway copy of the mini rules directory, and a fake CommandIO.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandIO } from "../src/commands/io.js";

export const MINI_RULES = join(import.meta.dirname, "fixtures", "rules-mini");

/** Copies the mini rules into a temp dir and lets the test edit one of its files. */
export function miniRulesWith(edit?: { file: string; change: (json: any) => unknown } | { file: string; text: string }): string {
  const dir = mkdtempSync(join(tmpdir(), "aws-scenario-rules-"));
  cpSync(MINI_RULES, dir, { recursive: true });
  if (edit) {
    const path = join(dir, edit.file);
    if ("text" in edit) writeFileSync(path, edit.text);
    else writeFileSync(path, JSON.stringify(edit.change(JSON.parse(readFileSync(path, "utf8"))), null, 2));
  }
  return dir;
}

export interface FakeIO extends CommandIO {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function fakeIO(options: { stdin?: string; tty?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {}): FakeIO {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    readStdin: () => options.stdin ?? "",
    stdoutIsTTY: options.tty ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdout: () => out,
    stderr: () => err,
  };
}

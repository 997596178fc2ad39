// The state file behind --only-failed: the files that failed (or were invalid) in the last runs.
// Kept in the working folder as .aws-scenario-state.json (git-ignored); paths are relative to that folder.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareText } from "../compare.js";
import type { FileResult } from "./results.js";

export const STATE_FILE = ".aws-scenario-state.json";

export interface BatchState {
  readonly version: 1;
  /** Display paths of the files that failed or were invalid, in path order. */
  readonly failed: readonly string[];
}

/** The state in `cwd`, or undefined when there is none or it cannot be read (it is only a cache). */
export function readState(cwd: string): BatchState | undefined {
  try {
    const data = JSON.parse(readFileSync(join(cwd, STATE_FILE), "utf8")) as unknown;
    if (typeof data !== "object" || data === null) return undefined;
    const failed = (data as { failed?: unknown }).failed;
    if (!Array.isArray(failed) || !failed.every((f) => typeof f === "string")) return undefined;
    return { version: 1, failed };
  } catch {
    return undefined;
  }
}

/**
 * The state after a run: files that ran take their new outcome; files that did not run this time
 * (filtered out, or a different folder) keep the outcome they had.
 */
export function nextState(previous: BatchState | undefined, results: readonly FileResult[]): BatchState {
  const ran = new Set(results.map((r) => r.file));
  const failed = new Set((previous?.failed ?? []).filter((file) => !ran.has(file)));
  for (const result of results) if (result.status === "failed" || result.status === "invalid") failed.add(result.file);
  return { version: 1, failed: [...failed].sort(compareText) };
}

/** Writes the state; returns an error message instead of throwing (a read-only folder must not fail a run). */
export function writeState(cwd: string, state: BatchState): string | undefined {
  try {
    writeFileSync(join(cwd, STATE_FILE), JSON.stringify({ about: "aws-scenario batch: files that failed last time, for --only-failed", ...state }, null, 2) + "\n");
    return undefined;
  } catch (error) {
    return `could not write ${STATE_FILE}: ${(error as Error).message}`;
  }
}

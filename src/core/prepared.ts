// Work the build does once so that no start-up repeats it: the validated built-in rules and the compiled
// cue phrases, written as JSON next to the bundle in dist/ (src/build/build.ts). From the sources (tsx,
// vitest) there are no such files and everything is computed at start-up, as it is for any --rules DIR.
// Nothing here caches results between runs: the files are made at build time and only read.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compareText } from "./compare.js";
import type { Area, Knowledge } from "./load-knowledge.js";

export const PREPARED_KNOWLEDGE = "prepared-knowledge.json";
export const PREPARED_PHRASES = "prepared-phrases.json";

/** A prepared file shipped next to this module (in the bundle: dist/), or undefined when there is none. */
export function readPrepared(name: string): unknown {
  let text: string;
  try {
    text = readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
  } catch {
    return undefined;
  }
  return JSON.parse(text);
}

/**
 * A hash of every file under a rules directory, names and contents. The prepared knowledge carries the
 * fingerprint of the rules it was made from and is used only while the directory still matches, so an
 * edited rules/ is always read afresh: rules/ stays the source of truth.
 */
export function rulesFingerprint(dir: string): string {
  const hash = createHash("sha256");
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        hash.update(`${relative(dir, path)}\0`);
        hash.update(readFileSync(path));
        hash.update("\0");
      }
    }
  };
  walk(dir);
  return hash.digest("hex");
}

interface PreparedKnowledge {
  readonly fingerprint: string;
  /** Knowledge with each Map as { "$map": entries } and each area's file relative to the rules directory. */
  readonly knowledge: Record<string, unknown>;
}

/** The build's side: knowledge that loaded without a single problem, ready to be written as JSON. */
export function encodeKnowledge(knowledge: Knowledge, dir: string): PreparedKnowledge {
  const relocated = new Map([...knowledge.areas].map(([id, area]) => [id, { ...area, file: relative(dir, area.file) }]));
  const fields = Object.entries({ ...knowledge, areas: relocated }).map(([key, value]) => [key, value instanceof Map ? { $map: [...value] } : value]);
  return { fingerprint: rulesFingerprint(dir), knowledge: Object.fromEntries(fields) };
}

/** The knowledge the build validated, when `dirs` is one directory whose files are exactly those it read. */
export function preparedKnowledge(dirs: readonly string[], prepared: unknown = readPrepared(PREPARED_KNOWLEDGE)): Knowledge | undefined {
  if (dirs.length !== 1 || !isPreparedKnowledge(prepared)) return undefined;
  const dir = dirs[0]!;
  if (prepared.fingerprint !== rulesFingerprint(dir)) return undefined;
  const fields = Object.entries(prepared.knowledge).map(([key, value]) => [key, isEncodedMap(value) ? new Map(value.$map) : value]);
  const knowledge = Object.fromEntries(fields) as { areas: Map<string, Area> };
  for (const [id, area] of knowledge.areas) knowledge.areas.set(id, { ...area, file: join(dir, area.file) });
  return knowledge as unknown as Knowledge;
}

function isPreparedKnowledge(value: unknown): value is PreparedKnowledge {
  const candidate = value as PreparedKnowledge | undefined;
  return typeof candidate?.fingerprint === "string" && typeof candidate.knowledge === "object" && candidate.knowledge !== null;
}

function isEncodedMap(value: unknown): value is { $map: Array<[unknown, unknown]> } {
  return typeof value === "object" && value !== null && Array.isArray((value as { $map?: unknown }).$map);
}

import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  compareText
} from "./chunk-HLXJHIXV.js";

// src/core/prepared.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
var PREPARED_KNOWLEDGE = "prepared-knowledge.json";
var PREPARED_PHRASES = "prepared-phrases.json";
function readPrepared(name) {
  let text;
  try {
    text = readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
  } catch {
    return void 0;
  }
  return JSON.parse(text);
}
function rulesFingerprint(dir) {
  const hash = createHash("sha256");
  const walk = (folder) => {
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
function preparedKnowledge(dirs, prepared = readPrepared(PREPARED_KNOWLEDGE)) {
  if (dirs.length !== 1 || !isPreparedKnowledge(prepared)) return void 0;
  const dir = dirs[0];
  if (prepared.fingerprint !== rulesFingerprint(dir)) return void 0;
  const fields = Object.entries(prepared.knowledge).map(([key, value]) => [key, isEncodedMap(value) ? new Map(value.$map) : value]);
  const knowledge = Object.fromEntries(fields);
  for (const [id, area] of knowledge.areas) knowledge.areas.set(id, { ...area, file: join(dir, area.file) });
  return knowledge;
}
function isPreparedKnowledge(value) {
  const candidate = value;
  return typeof candidate?.fingerprint === "string" && typeof candidate.knowledge === "object" && candidate.knowledge !== null;
}
function isEncodedMap(value) {
  return typeof value === "object" && value !== null && Array.isArray(value.$map);
}

export {
  PREPARED_PHRASES,
  readPrepared,
  preparedKnowledge
};

// Reading untrusted data files: size limit, safe YAML, and positions for error messages.
import { readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from "yaml";
import type { Locate, Problem } from "./problems.js";

export const MAX_FILE_BYTES = 1024 * 1024;
/** Deeper nesting than any real file needs; refusing it keeps recursive validation off the stack limit. */
export const MAX_NESTING = 40;

export type ParsedFile =
  | { ok: true; value: unknown; locate: Locate }
  | { ok: false; problems: Problem[] };

/** Reads a file as UTF-8 text, refusing anything that is not a regular file or is over 1 MiB. */
export function readTextFile(file: string): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return fail(file, "not a regular file", "give the path of a .yaml, .json, .md or .txt file");
    size = stats.size;
  } catch {
    return fail(file, "file not found or not readable", "check the path");
  }
  if (size > MAX_FILE_BYTES)
    return fail(file, `file is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is 1 MiB`, "split it into smaller files");
  try {
    return { ok: true, text: readFileSync(file, "utf8") };
  } catch {
    return fail(file, "file could not be read", "check its permissions");
  }
}

function fail(file: string, message: string, fix?: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ file, message, fix, severity: "error" }] };
}

/**
 * Parses YAML (and JSON, which is YAML) into plain data with a way to find line:column of any path.
 * Aliases are refused (no billion-laughs), keys must be unique, one document per file.
 */
export function parseDataText(file: string, text: string): ParsedFile {
  if (Buffer.byteLength(text) > MAX_FILE_BYTES)
    return fail(file, "input is over 1 MiB", "split it into smaller files");
  const lineCounter = new LineCounter();
  let document;
  try {
    document = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      schema: "core",
      prettyErrors: false,
      merge: false,
    });
  } catch (error) {
    return fail(file, `could not parse: ${(error as Error).message}`);
  }
  const errors = document.errors;
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return {
          file,
          line: position.line,
          column: position.col,
          message: yamlMessage(error.code, error.message),
          fix: yamlFix(error.code),
          severity: "error" as const,
        };
      }),
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return fail(file, `could not read the document: ${(error as Error).message}`, "remove YAML anchors and aliases (&name / *name)");
  }
  if (nestingDepth(value) > MAX_NESTING)
    return fail(file, `nesting is deeper than ${MAX_NESTING} levels`, "flatten the document");
  const locate: Locate = (path) => {
    const node = document.getIn(path as unknown[], true) as Node | undefined;
    const offset = node && (isMap(node) || isSeq(node) || isScalar(node)) ? node.range?.[0] : undefined;
    if (offset === undefined) return undefined;
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  return { ok: true, value, locate };
}

function yamlMessage(code: string, message: string): string {
  const firstLine = message.split("\n")[0] ?? message;
  if (code === "DUPLICATE_KEY") return "a key appears twice in the same mapping";
  if (code === "MULTIPLE_DOCS") return "the file holds more than one YAML document";
  return firstLine.replace(/ at line \d+, column \d+:?$/, "");
}

function yamlFix(code: string): string | undefined {
  if (code === "DUPLICATE_KEY") return "keep one of the two keys";
  if (code === "MULTIPLE_DOCS") return "put one scenario per file (remove the '---' separator)";
  if (code === "BAD_ALIAS" || code === "ALIAS_PROPS") return "remove YAML anchors and aliases (&name / *name)";
  return "check the indentation and quoting near this place";
}

/** Depth of nested arrays/objects, computed without recursion so hostile input cannot overflow the stack. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Reads and parses a data file in one step. */
export function readDataFile(file: string): ParsedFile {
  const read = readTextFile(file);
  if (!read.ok) return read;
  return parseDataText(file, read.text);
}

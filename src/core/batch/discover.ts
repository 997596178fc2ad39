// Which files a batch runs: the paths given, folders searched recursively, and glob patterns.
import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { compareText } from "../compare.js";
import type { Problem } from "../problems.js";
import { globToRegExp, isGlob, splitGlob } from "./glob.js";

export interface BatchFile {
  /** Absolute path, for reading. */
  readonly path: string;
  /** The path shown to the user: relative to the working folder when inside it, with forward slashes. */
  readonly display: string;
}

export interface Discovery {
  /** Every file found, each once, in path order. */
  readonly files: BatchFile[];
  /** One per argument that matched nothing. */
  readonly problems: Problem[];
}

/** Scenario and question files, as `check` reads them. */
export const BATCH_EXTENSIONS: readonly string[] = [".yaml", ".yml", ".json", ".md", ".markdown", ".txt", ".text"];

/** Folders that are never searched: hidden ones (.git, .vscode…) and installed packages. */
const SKIPPED_FOLDER = /^\.|^node_modules$/;
/** Files a folder search leaves out: hidden files and READMEs, which describe a folder rather than test it. */
const SKIPPED_FILE = /^\.|^readme(\.[^.]*)?$/i;

export function discoverFiles(paths: readonly string[], cwd: string): Discovery {
  const found = new Map<string, BatchFile>();
  const problems: Problem[] = [];
  const report = (file: string, message: string, fix: string) => problems.push({ file, message, fix, severity: "error" });
  const add = (absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, { path: absolute, display: displayPath(absolute, cwd) });
  };
  for (const argument of paths) {
    const absolute = resolve(cwd, argument);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const files = walk(absolute);
        if (files.length === 0) report(argument, "the folder holds no scenario or question files", `put ${BATCH_EXTENSIONS.join(" ")} files in it`);
        files.forEach(add);
      } else {
        add(absolute); // named explicitly: taken whatever its extension, and judged by its content
      }
      continue;
    }
    if (!isGlob(argument)) {
      report(argument, "no such file or folder", "check the path");
      continue;
    }
    const pattern = argument.split(sep).join("/");
    const { base, rest } = splitGlob(pattern);
    let matcher: RegExp;
    try {
      matcher = globToRegExp(rest);
    } catch (error) {
      report(argument, (error as Error).message, "close the bracket or brace");
      continue;
    }
    const baseDir = resolve(cwd, base);
    const files = existsSync(baseDir) && statSync(baseDir).isDirectory()
      ? walk(baseDir).filter((file) => matcher.test(relative(baseDir, file).split(sep).join("/")))
      : [];
    if (files.length === 0) report(argument, "the pattern matches no scenario or question file", "quote the pattern so the shell does not expand it, and check it");
    files.forEach(add);
  }
  const files = [...found.values()].sort((a, b) => compareText(a.display, b.display));
  return { files, problems };
}

function walk(dir: string): string[] {
  const files: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      // Symbolic links to folders are not followed: a link cycle must not hang the run.
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDER.test(entry.name)) pending.push(path);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) {
        if (!SKIPPED_FILE.test(entry.name) && BATCH_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) files.push(path);
      }
    }
  }
  return files;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function displayPath(absolute: string, cwd: string): string {
  const relativePath = relative(cwd, absolute);
  const shown = relativePath === "" || relativePath.startsWith("..") || isAbsolute(relativePath) ? absolute : relativePath;
  return shown.split(sep).join("/");
}

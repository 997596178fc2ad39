import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverFiles } from "../../../src/core/batch/discover.js";
import { globToRegExp, isGlob, splitGlob } from "../../../src/core/batch/glob.js";

const SUITE = join(import.meta.dirname, "..", "..", "fixtures", "batch", "suite");
const ROOT = join(import.meta.dirname, "..", "..", "..");

describe("glob patterns", () => {
  const matches = (pattern: string, path: string) => globToRegExp(pattern).test(path);

  it("matches * within one folder, ** across any number of folders, ? and classes", () => {
    expect(matches("*.yaml", "a.yaml")).toBe(true);
    expect(matches("*.yaml", "x/a.yaml")).toBe(false);
    expect(matches("**/*.yaml", "a.yaml")).toBe(true);
    expect(matches("**/*.yaml", "x/y/z/a.yaml")).toBe(true);
    expect(matches("x/**/a.md", "x/a.md")).toBe(true);
    expect(matches("x/**/a.md", "x/p/q/a.md")).toBe(true);
    expect(matches("x/**", "x/p/q/a.md")).toBe(true);
    expect(matches("q00?.md", "q007.md")).toBe(true);
    expect(matches("q00?.md", "q0077.md")).toBe(false);
    expect(matches("[ab].txt", "b.txt")).toBe(true);
    expect(matches("[!ab].txt", "b.txt")).toBe(false);
  });

  it("matches {a,b} alternatives and takes dots and other characters literally", () => {
    expect(matches("*.{yaml,yml}", "a.yml")).toBe(true);
    expect(matches("*.{yaml,yml}", "a.json")).toBe(false);
    expect(matches("a.b", "axb")).toBe(false);
    expect(matches("(x)+.md", "(x)+.md")).toBe(true);
  });

  it("refuses unclosed brackets and braces", () => {
    expect(() => globToRegExp("[ab.md")).toThrow(/unclosed '\['/);
    expect(() => globToRegExp("{a,b.md")).toThrow(/unclosed '\{'/);
  });

  it("searches from the longest folder prefix without wildcards", () => {
    expect(isGlob("scenarios/exam")).toBe(false);
    expect(splitGlob("scenarios/exam/**/*.md")).toEqual({ base: "scenarios/exam", rest: "**/*.md" });
    expect(splitGlob("*.md")).toEqual({ base: ".", rest: "*.md" });
  });
});

describe("discoverFiles", () => {
  it("searches folders recursively and returns each file once, in path order, relative to the working folder", () => {
    const { files, problems } = discoverFiles([SUITE, join(SUITE, "passing")], ROOT);
    expect(problems).toEqual([]);
    const shown = files.map((f) => f.display);
    expect(shown).toContain("tests/fixtures/batch/suite/passing/nested/strict-order.yml");
    expect(shown).toContain("tests/fixtures/batch/suite/questions/nothing-recognised.txt");
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toEqual([...shown].sort());
    expect(shown).toHaveLength(12);
  });

  it("expands globs against the folder before the first wildcard", () => {
    const { files, problems } = discoverFiles(["tests/fixtures/batch/suite/**/*.md"], ROOT);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.display)).toEqual([
      "tests/fixtures/batch/suite/questions/push-to-subscribers.md",
      "tests/fixtures/batch/suite/questions/push-wrong-key.md",
    ]);
  });

  it("leaves out hidden files and folders, node_modules, READMEs and other extensions, but takes a named file as given", () => {
    const dir = mkdtempSync(join(tmpdir(), "batch-discover-"));
    for (const folder of [".git", "node_modules", "kept"]) mkdirSync(join(dir, folder));
    for (const file of [".git/a.yaml", "node_modules/b.yaml", "kept/c.yaml", "README.md", ".hidden.yaml", "notes.pdf", "d.json"])
      writeFileSync(join(dir, file), "x: 1\n");
    symlinkSync(join(dir, "kept"), join(dir, "loop")); // a link to a folder is not followed
    expect(discoverFiles([dir], dir).files.map((f) => f.display)).toEqual(["d.json", "kept/c.yaml"]);
    expect(discoverFiles([join(dir, "notes.pdf")], dir).files.map((f) => f.display)).toEqual(["notes.pdf"]);
  });

  it("reports every path that gives nothing: missing, empty folder, glob without matches, bad glob", () => {
    const empty = mkdtempSync(join(tmpdir(), "batch-empty-"));
    const { files, problems } = discoverFiles(["nope/", empty, "tests/fixtures/batch/**/*.nothing", "tests/[ab"], ROOT);
    expect(files).toEqual([]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      "nope/: no such file or folder",
      `${empty}: the folder holds no scenario or question files`,
      "tests/fixtures/batch/**/*.nothing: the pattern matches no scenario or question file",
      "tests/[ab: unclosed '[' in the pattern '[ab'",
    ]);
  });
});

// The core decides and the UI renders: nothing under src/core may reach for the terminal.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = join(import.meta.dirname, "..", "..", "src", "core");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("src/core", () => {
  it.each(sources(CORE).map((f) => [relative(CORE, f), f]))("%s imports nothing from ink, react, the UI or the commands", (_name, file) => {
    const imports = [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
    const outsideCore = (spec: string) => spec.startsWith(".") && relative(CORE, resolve(dirname(file), spec)).startsWith("..");
    const forbidden = imports.filter((spec) => /^(ink|react)(\/|$)|^ink-/.test(spec) || outsideCore(spec));
    expect(forbidden).toEqual([]);
  });
});

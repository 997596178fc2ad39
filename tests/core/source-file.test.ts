import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, parseDataText } from "../../src/core/source-file.js";

const problemsOf = (text: string) => {
  const parsed = parseDataText("s.yaml", text);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.line ?? "-"}:${p.column ?? "-"} ${p.message}`);
};

describe("parseDataText", () => {
  it("parses YAML and locates any path", () => {
    const parsed = parseDataText("s.yaml", "name: x\nfacts:\n  a: true\n");
    expect(parsed.ok && parsed.value).toEqual({ name: "x", facts: { a: true } });
    expect(parsed.ok && parsed.locate(["facts", "a"])).toEqual({ line: 3, column: 6 });
  });

  it("refuses aliases, so a billion-laughs file cannot expand", () => {
    const bomb = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n";
    expect(problemsOf(bomb).join()).toMatch(/alias/i);
  });

  it("refuses duplicate keys with their place", () => {
    expect(problemsOf("name: a\nname: b\n")).toEqual(["2:1 a key appears twice in the same mapping"]);
  });

  it("refuses more than one document", () => {
    expect(problemsOf("name: a\n---\nname: b\n").join()).toContain("more than one YAML document");
  });

  it("refuses input over 1 MiB", () => {
    expect(problemsOf(`name: "${"x".repeat(MAX_FILE_BYTES)}"\n`).join()).toContain("over 1 MiB");
  });

  it("refuses absurd nesting", () => {
    expect(problemsOf("a: " + "[".repeat(60) + "]".repeat(60) + "\n").join()).toContain("nesting is deeper");
  });

  it("keeps YAML 1.1 surprises out: 'no' stays a string under the core schema", () => {
    const parsed = parseDataText("s.yaml", "answer: no\n");
    expect(parsed.ok && parsed.value).toEqual({ answer: "no" });
  });
});

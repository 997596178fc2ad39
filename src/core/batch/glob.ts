// A small glob matcher (node:fs globSync arrived after Node 20): *, **, ?, [abc], {a,b}.
// Patterns use forward slashes; they are matched against forward-slash paths.

const MAGIC = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/**
 * Splits a pattern into the directory to search from (its leading segments without wildcards) and the
 * rest, e.g. "scenarios/**\/*.md" → { base: "scenarios", rest: "**\/*.md" }.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split("/");
  const firstMagic = segments.findIndex((segment) => isGlob(segment));
  if (firstMagic === -1) return { base: pattern, rest: "" };
  const base = segments.slice(0, firstMagic).join("/");
  return { base: base === "" && pattern.startsWith("/") ? "/" : base || ".", rest: segments.slice(firstMagic).join("/") };
}

/** Compiles a pattern to a regular expression matching a whole path. Throws on an unclosed [ or {. */
export function globToRegExp(pattern: string): RegExp {
  let source = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "*") {
      if (pattern[i + 1] === "*") {
        const atSegmentStart = i === 0 || pattern[i - 1] === "/";
        const next = pattern[i + 2];
        if (atSegmentStart && next === "/") {
          source += "(?:[^/]+/)*"; // "**/": any number of whole directories, including none
          i += 2;
          continue;
        }
        if (atSegmentStart && next === undefined) {
          source += ".*";
          i += 1;
          continue;
        }
      }
      source += "[^/]*";
    } else if (char === "?") {
      source += "[^/]";
    } else if (char === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) throw new SyntaxError(`unclosed '[' in the pattern '${pattern}'`);
      let body = pattern.slice(i + 1, end);
      if (body.startsWith("!")) body = "^" + body.slice(1);
      source += `[${body.replace(/\\/g, "\\\\")}]`;
      i = end;
    } else if (char === "{") {
      braces++;
      source += "(?:";
    } else if (char === "}" && braces > 0) {
      braces--;
      source += ")";
    } else if (char === "," && braces > 0) {
      source += "|";
    } else {
      source += char.replace(/[.+^$()|\\\]}]/g, "\\$&");
    }
  }
  if (braces > 0) throw new SyntaxError(`unclosed '{' in the pattern '${pattern}'`);
  return new RegExp(`^${source}$`);
}

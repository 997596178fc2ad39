// One shape and one formatter for everything wrong with a file the tool reads.
import type { z } from "zod";

export interface Problem {
  /** Path of the file, as the user gave it or as it was found. */
  readonly file: string;
  /** 1-based line and column, when the place is known. */
  readonly line?: number;
  readonly column?: number;
  /** Where inside the document, as a dotted path (e.g. `rules[2].event.params.section`). */
  readonly where?: string;
  readonly message: string;
  /** What to do about it, in a few words. */
  readonly fix?: string;
  /** "error" stops the file from loading; "warning" is reported by lint only. */
  readonly severity: "error" | "warning";
}

export type PathSegment = string | number;

export function pathToString(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text;
}

export function formatProblem(problem: Problem): string {
  const place = problem.line ? `:${problem.line}:${problem.column ?? 1}` : "";
  const where = problem.where ? ` (at ${problem.where})` : "";
  const label = problem.severity === "warning" ? "warning: " : "";
  const fix = problem.fix ? `\n    fix: ${problem.fix}` : "";
  return `${problem.file}${place}: ${label}${problem.message}${where}${fix}`;
}

/** Finds the line and column of a path inside a parsed document, when the parser can tell. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

export function problemsFromZod(file: string, error: z.ZodError, locate: Locate): Problem[] {
  return error.issues.flatMap(closestBranch).map((issue) => {
    const position = locateNearest(issue.path, locate);
    return {
      file,
      ...position,
      where: pathToString(issue.path) || undefined,
      message: describeIssue(issue),
      fix: suggestFix(issue),
      severity: "error" as const,
    };
  });
}

function locateNearest(path: readonly PropertyKey[], locate: Locate) {
  // An unknown or missing key has no node of its own: point at its parent instead.
  for (let length = path.length; length >= 0; length--) {
    const found = locate(path.slice(0, length));
    if (found) return found;
  }
  return undefined;
}

/**
 * A value that fits none of a union's shapes is best explained by the shape it came closest to: the
 * branch with the fewest complaints (e.g. "operator must be one of …" rather than "matches nothing").
 */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const branches = issue.errors.map((branch) =>
    branch.flatMap((inner) => closestBranch({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue)),
  );
  const depth = (issues: z.core.$ZodIssue[]) => Math.max(...issues.map((i) => i.path.length));
  const best = branches
    .filter((branch) => branch.length > 0)
    .sort((a, b) => a.length - b.length || depth(b) - depth(a))[0];
  return best ?? [issue];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
    case "invalid_union":
      return "this value matches none of the accepted shapes";
    case "invalid_value":
      return "this value is not one of the accepted ones";
    default:
      return issue.message;
  }
}

function suggestFix(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "unrecognized_keys":
      if (issue.keys.includes("path"))
        return "remove 'path': it is refused because json-rules-engine evaluates it with jsonpath-plus, which can run code";
      return `remove or rename ${issue.keys.map((k) => `'${k}'`).join(", ")}: check the spelling against the format in README`;
    case "invalid_type":
      return `give a value of type ${issue.expected}`;
    case "invalid_value":
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return "compare it with the examples in README (a condition is {fact, operator, value} or {all|any: [...]} or {not: ...})";
    default:
      return undefined;
  }
}

/** A mistake of the user's (bad file, bad flag): shown as a message, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}

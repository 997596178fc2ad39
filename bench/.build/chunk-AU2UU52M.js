import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/problems.ts
function pathToString(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text;
}
function formatProblem(problem) {
  const place = problem.line ? `:${problem.line}:${problem.column ?? 1}` : "";
  const where = problem.where ? ` (at ${problem.where})` : "";
  const label = problem.severity === "warning" ? "warning: " : "";
  const fix = problem.fix ? `
    fix: ${problem.fix}` : "";
  return `${problem.file}${place}: ${label}${problem.message}${where}${fix}`;
}
function problemsFromZod(file, error, locate) {
  return error.issues.flatMap(closestBranch).map((issue) => {
    const position = locateNearest(issue.path, locate);
    return {
      file,
      ...position,
      where: pathToString(issue.path) || void 0,
      message: describeIssue(issue),
      fix: suggestFix(issue),
      severity: "error"
    };
  });
}
function locateNearest(path, locate) {
  for (let length = path.length; length >= 0; length--) {
    const found = locate(path.slice(0, length));
    if (found) return found;
  }
  return void 0;
}
function closestBranch(issue) {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const branches = issue.errors.map(
    (branch) => branch.flatMap((inner) => closestBranch({ ...inner, path: [...issue.path, ...inner.path] }))
  );
  const depth = (issues) => Math.max(...issues.map((i) => i.path.length));
  const best = branches.filter((branch) => branch.length > 0).sort((a, b) => a.length - b.length || depth(b) - depth(a))[0];
  return best ?? [issue];
}
function describeIssue(issue) {
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
function suggestFix(issue) {
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
      return void 0;
  }
}
var UserError = class extends Error {
  constructor(message, problems = []) {
    super(message);
    this.problems = problems;
    this.name = "UserError";
  }
  problems;
};

export {
  formatProblem,
  problemsFromZod,
  UserError
};

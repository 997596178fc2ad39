import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  builtInRulesDir,
  loadKnowledge
} from "./chunk-DAEZASC3.js";
import {
  UserError
} from "./chunk-AU2UU52M.js";

// src/commands/knowledge-options.ts
import { resolve } from "node:path";
var knowledgeOptions = {
  rules: { type: "string", multiple: true },
  "rules-only": { type: "boolean" }
};
var KNOWLEDGE_HELP = `  --rules DIR       also load rules from DIR (repeatable); its answers, facts and areas
                    add to the built-in ones or override them by id
  --rules-only      use only the --rules directories, not the built-in rules`;
function rulesDirs(flags, cwd) {
  const extra = (flags.rules ?? []).map((dir) => resolve(cwd, dir));
  if (flags["rules-only"] && extra.length === 0) throw new UserError("--rules-only needs at least one --rules DIR");
  return flags["rules-only"] ? extra : [builtInRulesDir(), ...extra];
}
function requireKnowledge(flags, cwd) {
  const { knowledge, problems } = loadKnowledge(rulesDirs(flags, cwd));
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new UserError("the rules could not be loaded (run `aws-scenario lint` for details)", errors);
  return knowledge;
}

export {
  knowledgeOptions,
  KNOWLEDGE_HELP,
  rulesDirs,
  requireKnowledge
};

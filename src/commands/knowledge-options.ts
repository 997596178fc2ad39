// The --rules / --rules-only options every command shares, and loading knowledge from them.
import { resolve } from "node:path";
import { builtInRulesDir, loadKnowledge, type Knowledge } from "../core/load-knowledge.js";
import { UserError } from "../core/problems.js";

export const knowledgeOptions = {
  rules: { type: "string", multiple: true },
  "rules-only": { type: "boolean" },
} as const;

export const KNOWLEDGE_HELP = `  --rules DIR       also load rules from DIR (repeatable); its answers, facts and areas
                    add to the built-in ones or override them by id
  --rules-only      use only the --rules directories, not the built-in rules`;

export interface KnowledgeFlags {
  readonly rules?: string[];
  readonly "rules-only"?: boolean;
}

export function rulesDirs(flags: KnowledgeFlags, cwd: string): string[] {
  const extra = (flags.rules ?? []).map((dir) => resolve(cwd, dir));
  if (flags["rules-only"] && extra.length === 0) throw new UserError("--rules-only needs at least one --rules DIR");
  return flags["rules-only"] ? extra : [builtInRulesDir(), ...extra];
}

/** Loads the knowledge or stops with every problem found: a command never runs on broken rules. */
export function requireKnowledge(flags: KnowledgeFlags, cwd: string): Knowledge {
  const { knowledge, problems } = loadKnowledge(rulesDirs(flags, cwd));
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new UserError("the rules could not be loaded (run `aws-scenario lint` for details)", errors);
  return knowledge;
}

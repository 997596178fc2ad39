// `explain <topic>`: the rules, facts, reasons and sources behind an answer or a decision area.
import { parseArgs } from "node:util";
import { UserError } from "../core/problems.js";
import { closest } from "../core/scenario.js";
import { renderAnswer, renderArea, renderList } from "../text/render-knowledge.js";
import { styleFor } from "../text/style.js";
import { EXIT, type CommandIO } from "./io.js";
import { KNOWLEDGE_HELP, knowledgeOptions, requireKnowledge } from "./knowledge-options.js";

export const EXPLAIN_HELP = `Usage: aws-scenario explain <answer-id | area | areas | answers | facts | sections> [options]

Shows what the tool knows. For an answer: its names, the note section it comes from
(quoted), and every rule that recommends it, advises against it or warns about it.
For a decision area: its answers, the facts it reads with the questions the wizard
asks, and every rule in words. The plural topics list everything of that kind.

Options:
${KNOWLEDGE_HELP}
  -h, --help        show this help

Examples:
  aws-scenario explain elasticache-redis
  aws-scenario explain beanstalk-deployment
  aws-scenario explain areas
`;

const LISTS = ["areas", "answers", "facts", "sections"] as const;

export async function runExplain(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: "boolean", short: "h" }, ...knowledgeOptions } });
  if (values.help) {
    io.out(EXPLAIN_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UserError("explain takes one topic; see `aws-scenario explain --help`");
  const topic = positionals[0]!;
  const knowledge = requireKnowledge(values, io.cwd);
  const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
  if ((LISTS as readonly string[]).includes(topic)) io.out(renderList(topic as (typeof LISTS)[number], knowledge, style));
  else if (knowledge.areas.has(topic)) io.out(renderArea(topic, knowledge, style));
  else if (knowledge.answers.has(topic)) io.out(renderAnswer(topic, knowledge, style));
  else throw new UserError(`'${topic}' is neither an answer id nor a decision area; ${closest(topic, [...knowledge.answers.keys(), ...knowledge.areas.keys()])}`);
  return EXIT.ok;
}

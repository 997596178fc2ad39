import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  styleFor
} from "./chunk-IGGSOWQI.js";
import {
  KNOWLEDGE_HELP,
  knowledgeOptions,
  rulesDirs
} from "./chunk-J7IBAFOG.js";
import {
  EXIT
} from "./chunk-T6NUBACX.js";
import {
  VOLUME_SIZE_UNITS,
  dynamoDbCapacity,
  ebsGp2BaselineIops,
  itemSizeUnits,
  loadCalculatorTable,
  parseQuantity
} from "./chunk-4QCJHVUD.js";
import "./chunk-DAEZASC3.js";
import "./chunk-HZCKYSJH.js";
import {
  UserError
} from "./chunk-AU2UU52M.js";
import "./chunk-T5FWLUUZ.js";
import "./chunk-HLXJHIXV.js";
import "./chunk-KPOE4I3O.js";

// src/commands/calc.ts
import { parseArgs } from "node:util";
var CALC_HELP = `Usage: aws-scenario calc <dynamodb | ebs> [options]

Works out capacity figures the way the study note does and prints every step of the
working, with the note section it comes from and today's limits where they differ.

calc dynamodb: read and write capacity units for a table
  --item-size SIZE      size of one item: 512B, 512bytes, 3KB, 1.5KiB (a bare number is KB;
                        KB and KiB both mean 1,024 bytes, as DynamoDB counts them)
  --reads N             items read per second
  --writes N            items written per second
  --consistency MODE    strong (the default) or eventual

calc ebs: baseline IOPS of a General Purpose SSD (gp2) volume
  --size SIZE           volume size: 500GiB, 500GB, 2TiB (a bare number is GiB; GB is read as GiB)

Options:
  --json            print one JSON object instead of text
${KNOWLEDGE_HELP}
                    (calc reads calculators.json from the last directory that has one)
  -h, --help        show this help

Exit codes: 0 ok, 2 invalid input or usage.

Examples:
  aws-scenario calc dynamodb --item-size 3KB --reads 80 --writes 100 --consistency eventual
  aws-scenario calc dynamodb --item-size 512B --writes 100
  aws-scenario calc ebs --size 500GiB
  aws-scenario calc ebs --size 4TiB --json
`;
var SUBJECTS = ["dynamodb", "ebs"];
async function runCalc(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "item-size": { type: "string" },
      reads: { type: "string" },
      writes: { type: "string" },
      consistency: { type: "string" },
      size: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      ...knowledgeOptions
    }
  });
  if (values.help) {
    io.out(CALC_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || !SUBJECTS.includes(positionals[0]))
    throw new UserError(`calc takes one of: ${SUBJECTS.join(", ")}; see \`aws-scenario calc --help\``);
  const subject = positionals[0];
  const misplaced = subject === "dynamodb" ? ["size"] : ["item-size", "reads", "writes", "consistency"];
  for (const option of misplaced)
    if (values[option] !== void 0) throw new UserError(`--${option} does not apply to \`calc ${subject}\`; see \`aws-scenario calc --help\``);
  const load = loadCalculatorTable(rulesDirs(values, io.cwd));
  if (!load.ok) throw new UserError("the calculator table could not be loaded", load.problems);
  const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
  const output = subject === "dynamodb" ? calcDynamoDb(values, load.table, style) : calcEbs(values, load.table, style);
  io.out(values.json ? JSON.stringify(output.json, null, 2) + "\n" : output.text);
  return EXIT.ok;
}
function calcDynamoDb(values, table, style) {
  if (values["item-size"] === void 0) throw new UserError("calc dynamodb needs --item-size, e.g. --item-size 3KB");
  if (values.reads === void 0 && values.writes === void 0)
    throw new UserError("calc dynamodb needs --reads, --writes or both (items per second)");
  const itemSizeKB = parseQuantity(values["item-size"], itemSizeUnits(table.dynamodb.bytesPerKB));
  if (itemSizeKB === void 0) throw new UserError(`cannot read the item size '${values["item-size"]}'; write it like 512B, 3KB or 1.5KiB`);
  const readsPerSecond = rate("--reads", values.reads);
  const writesPerSecond = rate("--writes", values.writes);
  const consistency = (values.consistency ?? "strong").toLowerCase();
  if (consistency !== "strong" && consistency !== "eventual")
    throw new UserError(`--consistency is strong or eventual, not '${values.consistency}'`);
  const result = calculate(() => dynamoDbCapacity({ itemSizeKB, readsPerSecond, writesPerSecond, consistency }, table));
  const { read, write, title } = table.dynamodb;
  const parts = [
    values.reads !== void 0 ? `${result.readCapacityUnits} ${read.abbreviation} (${read.unitName}s)` : void 0,
    values.writes !== void 0 ? `${result.writeCapacityUnits} ${write.abbreviation} (${write.unitName}s)` : void 0
  ].filter((part) => part !== void 0);
  const asked = [
    `items of ${values["item-size"]}`,
    values.reads !== void 0 ? `${readsPerSecond} reads/s (${consistency === "eventual" ? "eventually" : "strongly"} consistent)` : void 0,
    values.writes !== void 0 ? `${writesPerSecond} writes/s` : void 0
  ].filter((part) => part !== void 0);
  const text = render(style, title, asked.join(", "), result.steps, `${parts.join(", ")}`, void 0, result.section);
  return { text, json: { kind: "calculation", calculator: "dynamodb", input: { itemSizeKB, readsPerSecond, writesPerSecond, consistency }, ...result } };
}
function calcEbs(values, table, style) {
  if (values.size === void 0) throw new UserError("calc ebs needs --size, e.g. --size 500GiB");
  const sizeGiB = parseQuantity(values.size, VOLUME_SIZE_UNITS);
  if (sizeGiB === void 0) throw new UserError(`cannot read the volume size '${values.size}'; write it like 500GiB or 2TiB`);
  const result = calculate(() => ebsGp2BaselineIops(sizeGiB, table));
  const burst = result.burstIops !== void 0 ? `, bursting to ${result.burstIops.toLocaleString("en-US")} IOPS` : "";
  const answer = `${result.baselineIops.toLocaleString("en-US")} IOPS baseline${burst} (today: ${result.todayBaselineIops.toLocaleString("en-US")} IOPS)`;
  const text = render(style, table.ebsGp2.title, `a ${sizeGiB.toLocaleString("en-US")} GiB volume`, result.steps, answer, result.today, result.section);
  return { text, json: { kind: "calculation", calculator: "ebs", input: { sizeGiB }, ...result } };
}
function rate(flag, text) {
  if (text === void 0) return 0;
  const value = parseQuantity(text, { "": 1 });
  if (value === void 0) throw new UserError(`${flag} takes a number of items per second, not '${text}'`);
  return value;
}
function calculate(run) {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(error.message);
    throw error;
  }
}
function render(style, title, asked, steps, answer, today, section) {
  const lines = [style.bold(title), style.dim(`For ${asked}`), "", "Working:"];
  steps.forEach((step, index) => lines.push(`  ${index + 1}. ${step}`));
  lines.push("", `${style.green("Result:")} ${answer}`);
  if (today) lines.push(`${style.yellow("Today:")} ${today}`);
  lines.push(style.dim(`Source: study note, section "${section}"`));
  return lines.join("\n") + "\n";
}
export {
  CALC_HELP,
  runCalc
};

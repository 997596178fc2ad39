import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  builtInRulesDir
} from "./chunk-DAEZASC3.js";
import {
  external_exports,
  parseDataText,
  readTextFile
} from "./chunk-HZCKYSJH.js";
import {
  problemsFromZod
} from "./chunk-AU2UU52M.js";

// src/core/calculators.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var CALCULATORS_FILE = "calculators.json";
var positive = external_exports.number().finite().positive();
var wholeCount = external_exports.number().int().positive();
var sentence = external_exports.string().min(12).max(400).regex(/[.!?]$/, "end the sentence with a full stop");
var calculatorTableSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  dynamodb: external_exports.strictObject({
    title: external_exports.string().min(4),
    /** Heading of the study note the arithmetic comes from. */
    section: external_exports.string().min(1),
    bytesPerKB: wholeCount,
    maxItemSizeKB: positive,
    read: external_exports.strictObject({
      unitName: external_exports.string().min(2),
      abbreviation: external_exports.string().min(1),
      unitSizeKB: positive,
      /** How many eventually consistent reads one unit pays for (the note: 2). */
      eventuallyConsistentReadsPerUnit: wholeCount
    }),
    write: external_exports.strictObject({ unitName: external_exports.string().min(2), abbreviation: external_exports.string().min(1), unitSizeKB: positive })
  }),
  ebsGp2: external_exports.strictObject({
    title: external_exports.string().min(4),
    section: external_exports.string().min(1),
    iopsPerGiB: positive,
    /** The note's ceiling. */
    maxIops: wholeCount,
    burstIops: wholeCount,
    /** What AWS does today, where the note is out of date. */
    today: external_exports.strictObject({ minIops: wholeCount, maxIops: wholeCount, minSizeGiB: wholeCount, maxSizeGiB: wholeCount, caveat: sentence })
  }).refine((gp2) => gp2.today.minSizeGiB <= gp2.today.maxSizeGiB, { message: "today.minSizeGiB is above today.maxSizeGiB", path: ["today"] }).refine((gp2) => gp2.today.minIops <= gp2.today.maxIops, { message: "today.minIops is above today.maxIops", path: ["today"] })
});
function loadCalculatorTable(dirs) {
  const file = [...dirs].reverse().map((dir) => join(dir, CALCULATORS_FILE)).find((path) => existsSync(path));
  if (!file) return { ok: false, problems: [{ file: dirs.join(", "), message: `no ${CALCULATORS_FILE} in the rules directories`, fix: "add one (see the built-in rules/calculators.json)", severity: "error" }] };
  const read = readTextFile(file);
  if (!read.ok) return read;
  const parsed = parseDataText(file, read.text);
  if (!parsed.ok) return parsed;
  const result = calculatorTableSchema.safeParse(parsed.value);
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error, parsed.locate) };
  return { ok: true, table: result.data, file };
}
var builtIn;
function builtInCalculatorTable() {
  if (!builtIn) {
    const load = loadCalculatorTable([builtInRulesDir()]);
    if (!load.ok) throw new Error(`the built-in ${CALCULATORS_FILE} is invalid: ${load.problems.map((p) => p.message).join("; ")}`);
    builtIn = load.table;
  }
  return builtIn;
}
function dynamoDbCapacity(input, table = builtInCalculatorTable()) {
  const { read, write, maxItemSizeKB, bytesPerKB, section } = table.dynamodb;
  const { itemSizeKB, readsPerSecond, writesPerSecond, consistency } = input;
  if (!(Number.isFinite(itemSizeKB) && itemSizeKB > 0)) throw new RangeError("the item size must be a number of KB above 0");
  if (itemSizeKB > maxItemSizeKB) throw new RangeError(`an item can be at most ${formatNumber(maxItemSizeKB)} KB`);
  for (const [label, rate] of [["reads", readsPerSecond], ["writes", writesPerSecond]])
    if (!(Number.isFinite(rate) && rate >= 0)) throw new RangeError(`${label} per second must be a number of at least 0`);
  if (consistency !== "strong" && consistency !== "eventual") throw new RangeError("the consistency must be strong or eventual");
  const itemBytes = itemSizeKB * bytesPerKB;
  const readUnitsPerItem = roundUp(itemBytes / (read.unitSizeKB * bytesPerKB));
  const writeUnitsPerItem = roundUp(itemBytes / (write.unitSizeKB * bytesPerKB));
  const strongReadCapacityUnits = roundUp(readUnitsPerItem * readsPerSecond);
  const eventualReadCapacityUnits = roundUp(readUnitsPerItem * readsPerSecond / read.eventuallyConsistentReadsPerUnit);
  const writeCapacityUnits = roundUp(writeUnitsPerItem * writesPerSecond);
  const size = formatSize(itemSizeKB, bytesPerKB);
  const steps = [];
  if (readsPerSecond > 0) {
    steps.push(
      `Reads: ${size} / ${formatNumber(read.unitSizeKB)} KB per ${read.unitName} = ${formatNumber(itemSizeKB / read.unitSizeKB)}`,
      `Rounded up to the nearest whole number: ${readUnitsPerItem} ${read.abbreviation} per item read`,
      `${readUnitsPerItem} x ${formatNumber(readsPerSecond)} reads per second = ${formatNumber(strongReadCapacityUnits)} ${read.abbreviation} for strongly consistent reads`,
      consistency === "eventual" ? `${formatNumber(strongReadCapacityUnits)} / ${read.eventuallyConsistentReadsPerUnit} = ${formatNumber(eventualReadCapacityUnits)} ${read.abbreviation}, because eventually consistent reads are acceptable (rounded up)` : `Strongly consistent reads are required, so ${formatNumber(strongReadCapacityUnits)} ${read.abbreviation} (eventually consistent reads would need ${formatNumber(eventualReadCapacityUnits)})`
    );
  }
  if (writesPerSecond > 0) {
    steps.push(
      `Writes: ${size} / ${formatNumber(write.unitSizeKB)} KB per ${write.unitName} = ${formatNumber(itemSizeKB / write.unitSizeKB)}`,
      `Rounded up to the nearest whole number: ${writeUnitsPerItem} ${write.abbreviation} per item written`,
      `${writeUnitsPerItem} x ${formatNumber(writesPerSecond)} writes per second = ${formatNumber(writeCapacityUnits)} ${write.abbreviation}`
    );
  }
  return {
    readCapacityUnits: consistency === "eventual" ? eventualReadCapacityUnits : strongReadCapacityUnits,
    writeCapacityUnits,
    strongReadCapacityUnits,
    eventualReadCapacityUnits,
    readUnitsPerItem,
    writeUnitsPerItem,
    consistency,
    steps,
    section
  };
}
function ebsGp2BaselineIops(sizeGiB, table = builtInCalculatorTable()) {
  const gp2 = table.ebsGp2;
  if (!Number.isInteger(sizeGiB)) throw new RangeError("a volume size is a whole number of GiB");
  if (sizeGiB < gp2.today.minSizeGiB || sizeGiB > gp2.today.maxSizeGiB)
    throw new RangeError(`a volume can be from ${formatNumber(gp2.today.minSizeGiB)} to ${formatNumber(gp2.today.maxSizeGiB)} GiB`);
  const raw = sizeGiB * gp2.iopsPerGiB;
  const baselineIops = Math.min(raw, gp2.maxIops);
  const burstIops = baselineIops < gp2.burstIops ? gp2.burstIops : void 0;
  const todayBaselineIops = Math.min(Math.max(raw, gp2.today.minIops), gp2.today.maxIops);
  const steps = [
    `${formatNumber(sizeGiB)} GiB x ${formatNumber(gp2.iopsPerGiB)} IOPS per GiB = ${formatNumber(raw)} IOPS`,
    raw > gp2.maxIops ? `That is above the note's ceiling of ${formatNumber(gp2.maxIops)} IOPS, so the baseline is ${formatNumber(baselineIops)} IOPS` : `That is within the note's ceiling of ${formatNumber(gp2.maxIops)} IOPS, so the baseline is ${formatNumber(baselineIops)} IOPS`,
    burstIops !== void 0 ? `The baseline is below ${formatNumber(gp2.burstIops)} IOPS, so the volume can burst up to ${formatNumber(gp2.burstIops)} IOPS for extended periods` : `The baseline is already at least ${formatNumber(gp2.burstIops)} IOPS, so bursting adds nothing`,
    `Today's limits (at least ${formatNumber(gp2.today.minIops)}, at most ${formatNumber(gp2.today.maxIops)} IOPS) give a baseline of ${formatNumber(todayBaselineIops)} IOPS`
  ];
  return { baselineIops, burstIops, todayBaselineIops, steps, today: gp2.today.caveat, section: gp2.section };
}
function parseQuantity(text, units) {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)\s*$/.exec(text.replace(/(\d),(?=\d{3}\b)/g, "$1"));
  if (!match) return void 0;
  const multiplier = units[match[2].toLowerCase()];
  return multiplier === void 0 ? void 0 : Number(match[1]) * multiplier;
}
function itemSizeUnits(bytesPerKB) {
  const byte = 1 / bytesPerKB;
  return { "": 1, kb: 1, kib: 1, k: 1, b: byte, byte, bytes: byte };
}
var VOLUME_SIZE_UNITS = { "": 1, gb: 1, gib: 1, g: 1, tb: 1024, tib: 1024, t: 1024 };
function roundUp(value) {
  return Math.ceil(Number(value.toPrecision(12)));
}
var numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });
function formatNumber(value) {
  return numberFormat.format(value);
}
function formatSize(kb, bytesPerKB) {
  const bytes = kb * bytesPerKB;
  return Number.isInteger(kb) || !Number.isInteger(bytes) ? `${formatNumber(kb)} KB` : `${formatNumber(bytes)} bytes`;
}

export {
  loadCalculatorTable,
  dynamoDbCapacity,
  ebsGp2BaselineIops,
  parseQuantity,
  itemSizeUnits,
  VOLUME_SIZE_UNITS
};

// Capacity arithmetic the study note teaches, done the way the note does it and shown step by step.
// The numbers (unit sizes, limits) are knowledge and live in rules/calculators.json; this module only
// validates them and computes. Apart from loading that file, everything here is pure.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { builtInRulesDir } from "./load-knowledge.js";
import { problemsFromZod, type Problem } from "./problems.js";
import { parseDataText, readTextFile } from "./source-file.js";

export const CALCULATORS_FILE = "calculators.json";

const positive = z.number().finite().positive();
const wholeCount = z.number().int().positive();
const sentence = z.string().min(12).max(400).regex(/[.!?]$/, "end the sentence with a full stop");

export const calculatorTableSchema = z.strictObject({
  $schema: z.string().optional(),
  dynamodb: z.strictObject({
    title: z.string().min(4),
    /** Heading of the study note the arithmetic comes from. */
    section: z.string().min(1),
    bytesPerKB: wholeCount,
    maxItemSizeKB: positive,
    read: z.strictObject({
      unitName: z.string().min(2),
      abbreviation: z.string().min(1),
      unitSizeKB: positive,
      /** How many eventually consistent reads one unit pays for (the note: 2). */
      eventuallyConsistentReadsPerUnit: wholeCount,
    }),
    write: z.strictObject({ unitName: z.string().min(2), abbreviation: z.string().min(1), unitSizeKB: positive }),
  }),
  ebsGp2: z
    .strictObject({
      title: z.string().min(4),
      section: z.string().min(1),
      iopsPerGiB: positive,
      /** The note's ceiling. */
      maxIops: wholeCount,
      burstIops: wholeCount,
      /** What AWS does today, where the note is out of date. */
      today: z.strictObject({ minIops: wholeCount, maxIops: wholeCount, minSizeGiB: wholeCount, maxSizeGiB: wholeCount, caveat: sentence }),
    })
    .refine((gp2) => gp2.today.minSizeGiB <= gp2.today.maxSizeGiB, { message: "today.minSizeGiB is above today.maxSizeGiB", path: ["today"] })
    .refine((gp2) => gp2.today.minIops <= gp2.today.maxIops, { message: "today.minIops is above today.maxIops", path: ["today"] }),
});
export type CalculatorTable = z.infer<typeof calculatorTableSchema>;

export type CalculatorTableLoad = { ok: true; table: CalculatorTable; file: string } | { ok: false; problems: Problem[] };

/** Reads and validates calculators.json from the last of the given rules directories that has one. */
export function loadCalculatorTable(dirs: readonly string[]): CalculatorTableLoad {
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

let builtIn: CalculatorTable | undefined;

/** The shipped table, loaded once. A broken shipped file is a bug, so it throws. */
export function builtInCalculatorTable(): CalculatorTable {
  if (!builtIn) {
    const load = loadCalculatorTable([builtInRulesDir()]);
    if (!load.ok) throw new Error(`the built-in ${CALCULATORS_FILE} is invalid: ${load.problems.map((p) => p.message).join("; ")}`);
    builtIn = load.table;
  }
  return builtIn;
}

// ---------- DynamoDB read and write capacity units ----------

export type ReadConsistency = "strong" | "eventual";

export interface DynamoDbCapacityInput {
  readonly itemSizeKB: number;
  readonly readsPerSecond: number;
  readonly writesPerSecond: number;
  readonly consistency: ReadConsistency;
}

export interface DynamoDbCapacity {
  /** Read capacity units for the requested consistency. */
  readonly readCapacityUnits: number;
  readonly writeCapacityUnits: number;
  readonly strongReadCapacityUnits: number;
  readonly eventualReadCapacityUnits: number;
  readonly readUnitsPerItem: number;
  readonly writeUnitsPerItem: number;
  readonly consistency: ReadConsistency;
  /** The working, one sentence per step, in the note's order. */
  readonly steps: readonly string[];
  readonly section: string;
}

export function dynamoDbCapacity(input: DynamoDbCapacityInput, table: CalculatorTable = builtInCalculatorTable()): DynamoDbCapacity {
  const { read, write, maxItemSizeKB, bytesPerKB, section } = table.dynamodb;
  const { itemSizeKB, readsPerSecond, writesPerSecond, consistency } = input;
  if (!(Number.isFinite(itemSizeKB) && itemSizeKB > 0)) throw new RangeError("the item size must be a number of KB above 0");
  if (itemSizeKB > maxItemSizeKB) throw new RangeError(`an item can be at most ${formatNumber(maxItemSizeKB)} KB`);
  for (const [label, rate] of [["reads", readsPerSecond], ["writes", writesPerSecond]] as const)
    if (!(Number.isFinite(rate) && rate >= 0)) throw new RangeError(`${label} per second must be a number of at least 0`);
  if (consistency !== "strong" && consistency !== "eventual") throw new RangeError("the consistency must be strong or eventual");

  // Work in bytes so that sizes given in bytes divide exactly (512 B is 0.5 KB, not 0.49999…).
  const itemBytes = itemSizeKB * bytesPerKB;
  const readUnitsPerItem = roundUp(itemBytes / (read.unitSizeKB * bytesPerKB));
  const writeUnitsPerItem = roundUp(itemBytes / (write.unitSizeKB * bytesPerKB));
  const strongReadCapacityUnits = roundUp(readUnitsPerItem * readsPerSecond);
  const eventualReadCapacityUnits = roundUp((readUnitsPerItem * readsPerSecond) / read.eventuallyConsistentReadsPerUnit);
  const writeCapacityUnits = roundUp(writeUnitsPerItem * writesPerSecond);

  const size = formatSize(itemSizeKB, bytesPerKB);
  const steps: string[] = [];
  if (readsPerSecond > 0) {
    steps.push(
      `Reads: ${size} / ${formatNumber(read.unitSizeKB)} KB per ${read.unitName} = ${formatNumber(itemSizeKB / read.unitSizeKB)}`,
      `Rounded up to the nearest whole number: ${readUnitsPerItem} ${read.abbreviation} per item read`,
      `${readUnitsPerItem} x ${formatNumber(readsPerSecond)} reads per second = ${formatNumber(strongReadCapacityUnits)} ${read.abbreviation} for strongly consistent reads`,
      consistency === "eventual"
        ? `${formatNumber(strongReadCapacityUnits)} / ${read.eventuallyConsistentReadsPerUnit} = ${formatNumber(eventualReadCapacityUnits)} ${read.abbreviation}, because eventually consistent reads are acceptable (rounded up)`
        : `Strongly consistent reads are required, so ${formatNumber(strongReadCapacityUnits)} ${read.abbreviation} (eventually consistent reads would need ${formatNumber(eventualReadCapacityUnits)})`,
    );
  }
  if (writesPerSecond > 0) {
    steps.push(
      `Writes: ${size} / ${formatNumber(write.unitSizeKB)} KB per ${write.unitName} = ${formatNumber(itemSizeKB / write.unitSizeKB)}`,
      `Rounded up to the nearest whole number: ${writeUnitsPerItem} ${write.abbreviation} per item written`,
      `${writeUnitsPerItem} x ${formatNumber(writesPerSecond)} writes per second = ${formatNumber(writeCapacityUnits)} ${write.abbreviation}`,
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
    section,
  };
}

// ---------- EBS General Purpose SSD (gp2) baseline IOPS ----------

export interface Gp2Iops {
  /** Baseline IOPS by the note's rule: IOPS per GiB, capped at the note's maximum. */
  readonly baselineIops: number;
  /** What the volume can burst to, when its baseline is below the burst level. */
  readonly burstIops?: number;
  /** Baseline IOPS with today's floor and ceiling. */
  readonly todayBaselineIops: number;
  readonly steps: readonly string[];
  /** Today's limits in one sentence. */
  readonly today: string;
  readonly section: string;
}

export function ebsGp2BaselineIops(sizeGiB: number, table: CalculatorTable = builtInCalculatorTable()): Gp2Iops {
  const gp2 = table.ebsGp2;
  if (!Number.isInteger(sizeGiB)) throw new RangeError("a volume size is a whole number of GiB");
  if (sizeGiB < gp2.today.minSizeGiB || sizeGiB > gp2.today.maxSizeGiB)
    throw new RangeError(`a volume can be from ${formatNumber(gp2.today.minSizeGiB)} to ${formatNumber(gp2.today.maxSizeGiB)} GiB`);

  const raw = sizeGiB * gp2.iopsPerGiB;
  const baselineIops = Math.min(raw, gp2.maxIops);
  const burstIops = baselineIops < gp2.burstIops ? gp2.burstIops : undefined;
  const todayBaselineIops = Math.min(Math.max(raw, gp2.today.minIops), gp2.today.maxIops);
  const steps = [
    `${formatNumber(sizeGiB)} GiB x ${formatNumber(gp2.iopsPerGiB)} IOPS per GiB = ${formatNumber(raw)} IOPS`,
    raw > gp2.maxIops
      ? `That is above the note's ceiling of ${formatNumber(gp2.maxIops)} IOPS, so the baseline is ${formatNumber(baselineIops)} IOPS`
      : `That is within the note's ceiling of ${formatNumber(gp2.maxIops)} IOPS, so the baseline is ${formatNumber(baselineIops)} IOPS`,
    burstIops !== undefined
      ? `The baseline is below ${formatNumber(gp2.burstIops)} IOPS, so the volume can burst up to ${formatNumber(gp2.burstIops)} IOPS for extended periods`
      : `The baseline is already at least ${formatNumber(gp2.burstIops)} IOPS, so bursting adds nothing`,
    `Today's limits (at least ${formatNumber(gp2.today.minIops)}, at most ${formatNumber(gp2.today.maxIops)} IOPS) give a baseline of ${formatNumber(todayBaselineIops)} IOPS`,
  ];
  return { baselineIops, burstIops, todayBaselineIops, steps, today: gp2.today.caveat, section: gp2.section };
}

// ---------- reading sizes typed by people ----------

/** Multipliers from unit (lower case, "" = no unit) to the unit the calculator works in. */
export type UnitTable = Readonly<Record<string, number>>;

/** "3KB", "512 bytes", "1.5 KiB": the number times its unit's multiplier, or undefined if unreadable. */
export function parseQuantity(text: string, units: UnitTable): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)\s*$/.exec(text.replace(/(\d),(?=\d{3}\b)/g, "$1"));
  if (!match) return undefined;
  const multiplier = units[match[2]!.toLowerCase()];
  return multiplier === undefined ? undefined : Number(match[1]) * multiplier;
}

/** Item sizes in KB: a bare number is KB; KB and KiB both mean 1,024 bytes, as DynamoDB counts them. */
export function itemSizeUnits(bytesPerKB: number): UnitTable {
  const byte = 1 / bytesPerKB;
  return { "": 1, kb: 1, kib: 1, k: 1, b: byte, byte: byte, bytes: byte };
}

/** Volume sizes in GiB: a bare number is GiB; GB is read as GiB, the unit EBS sizes are given in. */
export const VOLUME_SIZE_UNITS: UnitTable = { "": 1, gb: 1, gib: 1, g: 1, tb: 1024, tib: 1024, t: 1024 };

/** Rounds up to a whole number, ignoring floating-point noise such as 3.0000000000000004. */
function roundUp(value: number): number {
  return Math.ceil(Number(value.toPrecision(12)));
}

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

function formatNumber(value: number): string {
  return numberFormat.format(value);
}

function formatSize(kb: number, bytesPerKB: number): string {
  const bytes = kb * bytesPerKB;
  return Number.isInteger(kb) || !Number.isInteger(bytes) ? `${formatNumber(kb)} KB` : `${formatNumber(bytes)} bytes`;
}

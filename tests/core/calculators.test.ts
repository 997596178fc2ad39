import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  builtInCalculatorTable,
  dynamoDbCapacity,
  ebsGp2BaselineIops,
  itemSizeUnits,
  loadCalculatorTable,
  parseQuantity,
  VOLUME_SIZE_UNITS,
  type DynamoDbCapacityInput,
} from "../../src/core/calculators.js";
import { builtInRulesDir, loadKnowledge } from "../../src/core/load-knowledge.js";

describe("dynamoDbCapacity", () => {
  const cases: Array<[string, DynamoDbCapacityInput, { rcu: number; wcu: number }]> = [
    // The note's own worked examples.
    ["note: 100 x 512-byte writes/s", { itemSizeKB: 0.5, readsPerSecond: 0, writesPerSecond: 100, consistency: "strong" }, { rcu: 0, wcu: 100 }],
    ["note: 80 x 3 KB strongly consistent reads/s", { itemSizeKB: 3, readsPerSecond: 80, writesPerSecond: 0, consistency: "strong" }, { rcu: 80, wcu: 0 }],
    ["note: 80 x 3 KB eventually consistent reads/s", { itemSizeKB: 3, readsPerSecond: 80, writesPerSecond: 0, consistency: "eventual" }, { rcu: 40, wcu: 0 }],
    // Rounding per 4 KB for reads and per 1 KB for writes, at and just past the boundaries.
    ["exactly 4 KB reads one unit per item", { itemSizeKB: 4, readsPerSecond: 10, writesPerSecond: 10, consistency: "strong" }, { rcu: 10, wcu: 40 }],
    ["4.5 KB rounds up to two read units and five write units", { itemSizeKB: 4.5, readsPerSecond: 10, writesPerSecond: 10, consistency: "strong" }, { rcu: 20, wcu: 50 }],
    ["1 KB writes exactly one unit", { itemSizeKB: 1, readsPerSecond: 0, writesPerSecond: 7, consistency: "strong" }, { rcu: 0, wcu: 7 }],
    ["eventual halving rounds up an odd total", { itemSizeKB: 2, readsPerSecond: 3, writesPerSecond: 0, consistency: "eventual" }, { rcu: 2, wcu: 0 }],
    ["8 KB eventually consistent: 2 units x 25 / 2", { itemSizeKB: 8, readsPerSecond: 25, writesPerSecond: 0, consistency: "eventual" }, { rcu: 25, wcu: 0 }],
    ["the issue's command: 3 KB, 80 reads eventual, 100 writes", { itemSizeKB: 3, readsPerSecond: 80, writesPerSecond: 100, consistency: "eventual" }, { rcu: 40, wcu: 300 }],
    ["the largest item, 400 KB", { itemSizeKB: 400, readsPerSecond: 1, writesPerSecond: 1, consistency: "strong" }, { rcu: 100, wcu: 400 }],
  ];

  it.each(cases)("%s", (_name, input, expected) => {
    const result = dynamoDbCapacity(input);
    expect(result.readCapacityUnits).toBe(expected.rcu);
    expect(result.writeCapacityUnits).toBe(expected.wcu);
  });

  it("shows the note's working for the write example, step by step", () => {
    const { steps, section } = dynamoDbCapacity({ itemSizeKB: 0.5, readsPerSecond: 0, writesPerSecond: 100, consistency: "strong" });
    expect(steps).toEqual([
      "Writes: 512 bytes / 1 KB per write capacity unit = 0.5",
      "Rounded up to the nearest whole number: 1 WCU per item written",
      "1 x 100 writes per second = 100 WCU",
    ]);
    expect(section).toBe("DynamoDB Provisioned Throughput");
  });

  it("shows the halving step only when eventual consistency is acceptable, and the alternative otherwise", () => {
    const eventual = dynamoDbCapacity({ itemSizeKB: 3, readsPerSecond: 80, writesPerSecond: 0, consistency: "eventual" });
    expect(eventual.steps).toContain("80 / 2 = 40 RCU, because eventually consistent reads are acceptable (rounded up)");
    const strong = dynamoDbCapacity({ itemSizeKB: 3, readsPerSecond: 80, writesPerSecond: 0, consistency: "strong" });
    expect(strong.steps.at(-1)).toBe("Strongly consistent reads are required, so 80 RCU (eventually consistent reads would need 40)");
    expect(strong.eventualReadCapacityUnits).toBe(40);
  });

  it.each([
    ["a zero item size", { itemSizeKB: 0 }, /above 0/],
    ["an item over the 400 KB limit", { itemSizeKB: 401 }, /at most 400 KB/],
    ["a negative rate", { readsPerSecond: -1 }, /at least 0/],
    ["a rate that is not a number", { writesPerSecond: Number.NaN }, /at least 0/],
  ])("refuses %s", (_name, change, message) => {
    const input = { itemSizeKB: 1, readsPerSecond: 1, writesPerSecond: 1, consistency: "strong" as const, ...change };
    expect(() => dynamoDbCapacity(input)).toThrow(message);
  });
});

describe("ebsGp2BaselineIops", () => {
  it.each([
    // size, note baseline, burst, today's baseline
    [500, 1500, 3000, 1500],
    [20, 60, 3000, 100],
    [1000, 3000, undefined, 3000],
    [3334, 10000, undefined, 10002],
    [4096, 10000, undefined, 12288],
    [16384, 10000, undefined, 16000],
  ])("%i GiB: note %i IOPS, burst %s, today %i IOPS", (size, baseline, burst, today) => {
    const result = ebsGp2BaselineIops(size);
    expect(result.baselineIops).toBe(baseline);
    expect(result.burstIops).toBe(burst);
    expect(result.todayBaselineIops).toBe(today);
  });

  it("explains each step and cites the note", () => {
    const result = ebsGp2BaselineIops(4096);
    expect(result.steps[0]).toBe("4,096 GiB x 3 IOPS per GiB = 12,288 IOPS");
    expect(result.steps[1]).toContain("above the note's ceiling of 10,000 IOPS");
    expect(result.section).toBe("EBS Volume Types");
    expect(result.today).toMatch(/16,000 IOPS/);
  });

  it.each([[0], [1.5], [16385]])("refuses a %s GiB volume", (size) => {
    expect(() => ebsGp2BaselineIops(size)).toThrow(RangeError);
  });
});

describe("parseQuantity", () => {
  const itemUnits = itemSizeUnits(1024);
  it.each([
    ["3KB", 3],
    ["3 KiB", 3],
    ["3", 3],
    ["512B", 0.5],
    ["512 bytes", 0.5],
    ["1.5kb", 1.5],
  ])("reads item size %s as %d KB", (text, kb) => {
    expect(parseQuantity(text, itemUnits)).toBe(kb);
  });

  it.each([["500GiB", 500], ["500 GB", 500], ["2TiB", 2048], ["1,024", 1024]])("reads volume size %s as %d GiB", (text, gib) => {
    expect(parseQuantity(text, VOLUME_SIZE_UNITS)).toBe(gib);
  });

  it.each([["3MB"], ["KB"], ["-3KB"], ["3 K B"], [""]])("refuses %j", (text) => {
    expect(parseQuantity(text, itemUnits)).toBeUndefined();
  });
});

describe("calculators.json", () => {
  it("is valid and cites headings that exist in the note", () => {
    const table = builtInCalculatorTable();
    const { knowledge } = loadKnowledge([builtInRulesDir()]);
    expect(knowledge.sections.has(table.dynamodb.section)).toBe(true);
    expect(knowledge.sections.has(table.ebsGp2.section)).toBe(true);
  });

  it("reports a broken table with the file and the place, instead of throwing", () => {
    const dir = mkdtempSync(join(tmpdir(), "aws-scenario-calc-"));
    const table = JSON.parse(JSON.stringify(builtInCalculatorTable()));
    table.dynamodb.read.unitSizeKB = 0;
    writeFileSync(join(dir, "calculators.json"), JSON.stringify(table, null, 2));
    const load = loadCalculatorTable([dir]);
    expect(load.ok).toBe(false);
    if (!load.ok) {
      expect(load.problems[0]!.file).toBe(join(dir, "calculators.json"));
      expect(load.problems[0]!.where).toBe("dynamodb.read.unitSizeKB");
      expect(load.problems[0]!.line).toBeGreaterThan(1);
    }
  });

  it("computes with the numbers of the table it is given", () => {
    const table = JSON.parse(JSON.stringify(builtInCalculatorTable()));
    table.dynamodb.write.unitSizeKB = 2;
    expect(dynamoDbCapacity({ itemSizeKB: 3, readsPerSecond: 0, writesPerSecond: 10, consistency: "strong" }, table).writeCapacityUnits).toBe(20);
  });
});

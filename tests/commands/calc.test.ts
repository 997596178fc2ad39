import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { runCalc } from "../../src/commands/calc.js";
import { builtInRulesDir } from "../../src/core/load-knowledge.js";
import { fakeIO } from "../helpers.js";

describe("calc dynamodb", () => {
  it("prints the working step by step for the issue's example", async () => {
    const io = fakeIO();
    expect(await runCalc(["dynamodb", "--item-size", "3KB", "--reads", "80", "--writes", "100", "--consistency", "eventual"], io)).toBe(0);
    const out = io.stdout();
    expect(out).toContain("1. Reads: 3 KB / 4 KB per read capacity unit = 0.75");
    expect(out).toContain("2. Rounded up to the nearest whole number: 1 RCU per item read");
    expect(out).toContain("3. 1 x 80 reads per second = 80 RCU for strongly consistent reads");
    expect(out).toContain("4. 80 / 2 = 40 RCU");
    expect(out).toContain("7. 3 x 100 writes per second = 300 WCU");
    expect(out).toContain("Result: 40 RCU (read capacity units), 300 WCU (write capacity units)");
    expect(out).toContain('section "DynamoDB Provisioned Throughput"');
    expect(out).not.toContain("\u001b[");
  });

  it.each([
    [["--item-size", "512B", "--writes", "100"], "Result: 100 WCU"],
    [["--item-size", "512 bytes", "--writes", "100"], "Result: 100 WCU"],
    [["--item-size", "3KiB", "--reads", "80"], "Result: 80 RCU"],
    [["--item-size", "3", "--reads", "80", "--consistency", "eventual"], "Result: 40 RCU"],
  ])("%j gives %s", async (args, result) => {
    const io = fakeIO();
    expect(await runCalc(["dynamodb", ...args], io)).toBe(0);
    expect(io.stdout()).toContain(result);
  });

  it("prints the numbers and the steps as JSON", async () => {
    const io = fakeIO();
    await runCalc(["dynamodb", "--item-size", "3KB", "--reads", "80", "--consistency", "eventual", "--json"], io);
    const report = JSON.parse(io.stdout());
    expect(report).toMatchObject({ calculator: "dynamodb", readCapacityUnits: 40, strongReadCapacityUnits: 80, eventualReadCapacityUnits: 40, section: "DynamoDB Provisioned Throughput" });
    expect(report.steps).toHaveLength(4);
  });

  it.each([
    [["dynamodb", "--reads", "80"], /needs --item-size/],
    [["dynamodb", "--item-size", "3KB"], /needs --reads, --writes or both/],
    [["dynamodb", "--item-size", "3MB", "--reads", "1"], /cannot read the item size '3MB'/],
    [["dynamodb", "--item-size", "401KB", "--reads", "1"], /at most 400 KB/],
    [["dynamodb", "--item-size", "3KB", "--reads", "lots"], /--reads takes a number/],
    [["dynamodb", "--item-size", "3KB", "--reads", "8", "--consistency", "weak"], /strong or eventual/],
    [["dynamodb", "--size", "500GiB"], /--size does not apply to `calc dynamodb`/],
    [["s3"], /calc takes one of: dynamodb, ebs/],
    [[], /calc takes one of/],
  ])("refuses %j with exit 2 and a message, not a stack trace", async (args, message) => {
    const io = fakeIO();
    expect(await main(["calc", ...args], io)).toBe(2);
    expect(io.stderr()).toMatch(message);
    expect(io.stderr()).not.toContain("    at ");
  });
});

describe("calc ebs", () => {
  it("works out a gp2 volume's baseline with the note's limits and today's", async () => {
    const io = fakeIO();
    expect(await runCalc(["ebs", "--size", "500GiB"], io)).toBe(0);
    const out = io.stdout();
    expect(out).toContain("1. 500 GiB x 3 IOPS per GiB = 1,500 IOPS");
    expect(out).toContain("burst up to 3,000 IOPS");
    expect(out).toContain("Result: 1,500 IOPS baseline, bursting to 3,000 IOPS (today: 1,500 IOPS)");
    expect(out).toMatch(/Today: .*16,000 IOPS/);
    expect(out).toContain('section "EBS Volume Types"');
  });

  it("caps at the note's 10,000 IOPS and shows today's higher figure", async () => {
    const io = fakeIO();
    await runCalc(["ebs", "--size", "4TiB", "--json"], io);
    expect(JSON.parse(io.stdout())).toMatchObject({ calculator: "ebs", input: { sizeGiB: 4096 }, baselineIops: 10000, todayBaselineIops: 12288 });
  });

  it.each([
    [["ebs"], /needs --size/],
    [["ebs", "--size", "big"], /cannot read the volume size 'big'/],
    [["ebs", "--size", "20TiB"], /from 1 to 16,384 GiB/],
    [["ebs", "--size", "500GiB", "--reads", "3"], /--reads does not apply to `calc ebs`/],
  ])("refuses %j with exit 2", async (args, message) => {
    const io = fakeIO();
    expect(await main(["calc", ...args], io)).toBe(2);
    expect(io.stderr()).toMatch(message);
  });
});

describe("calc", () => {
  it("has help with examples, and is listed in the main help", async () => {
    const io = fakeIO();
    expect(await main(["calc", "--help"], io)).toBe(0);
    expect(io.stdout()).toContain("aws-scenario calc dynamodb --item-size 3KB --reads 80 --writes 100 --consistency eventual");
    const mainHelp = fakeIO();
    await main(["--help"], mainHelp);
    expect(mainHelp.stdout()).toMatch(/calc <dynamodb\|ebs>/);
  });

  it("uses calculators.json from a --rules directory when it has one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aws-scenario-calc-rules-"));
    cpSync(join(builtInRulesDir(), "calculators.json"), join(dir, "calculators.json"));
    const table = JSON.parse(readFileSync(join(dir, "calculators.json"), "utf8"));
    table.ebsGp2.iopsPerGiB = 5;
    writeFileSync(join(dir, "calculators.json"), JSON.stringify(table));
    const io = fakeIO();
    expect(await runCalc(["ebs", "--size", "100", "--rules", dir], io)).toBe(0);
    expect(io.stdout()).toContain("100 GiB x 5 IOPS per GiB = 500 IOPS");
  });

  it("stops with the file and the place when calculators.json is broken", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aws-scenario-calc-rules-"));
    writeFileSync(join(dir, "calculators.json"), '{ "dynamodb": {} }\n');
    const io = fakeIO();
    expect(await main(["calc", "ebs", "--size", "100", "--rules-only", "--rules", dir], io)).toBe(2);
    expect(io.stderr()).toContain(join(dir, "calculators.json"));
  });
});

import { describe, expect, it } from "vitest";
import { computeQuantity } from "../../src/core/quantities.js";

describe("computeQuantity", () => {
  it.each([
    ["the note's eventual reads", "dynamodb-read-capacity", { itemSizeKB: 3, readsPerSecond: 80, needsStronglyConsistentReads: false }, 40],
    ["the note's strong reads", "dynamodb-read-capacity", { itemSizeKB: 3, readsPerSecond: 80, needsStronglyConsistentReads: true }, 80],
    ["9 KB items, strong", "dynamodb-read-capacity", { itemSizeKB: 9, readsPerSecond: 10, needsStronglyConsistentReads: true }, 30],
    ["the note's writes of 512 bytes", "dynamodb-write-capacity", { itemSizeKB: 0.5, writesPerSecond: 100 }, 100],
    ["2.5 KB writes", "dynamodb-write-capacity", { itemSizeKB: 2.5, writesPerSecond: 10 }, 30],
    ["a 500 GiB gp2 volume", "ebs-gp2-baseline-iops", { volumeSizeGiB: 500 }, 1500],
    ["a gp2 volume past the ceiling", "ebs-gp2-baseline-iops", { volumeSizeGiB: 5000 }, 10000],
  ] as const)("computes %s", (_label, calculation, facts, expected) => {
    const result = computeQuantity(calculation, facts);
    expect(result.ok && result.value).toBe(expected);
    expect(result.ok && result.steps.length).toBeGreaterThan(0);
  });

  it("says what is missing instead of guessing the consistency", () => {
    expect(computeQuantity("dynamodb-read-capacity", { itemSizeKB: 3, readsPerSecond: 80 })).toEqual({ ok: false, missing: ["needsStronglyConsistentReads"] });
  });

  it("refuses numbers outside what the calculator accepts", () => {
    expect(computeQuantity("ebs-gp2-baseline-iops", { volumeSizeGiB: 0 }).ok).toBe(false);
  });
});

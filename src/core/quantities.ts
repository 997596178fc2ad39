// The arithmetic behind "how many read capacity units …?" questions: facts in, a number and its working out.
import { dynamoDbCapacity, ebsGp2BaselineIops } from "./calculators.js";
import type { FactValues } from "./evaluate.js";
import type { Calculation } from "./knowledge-schema.js";

export type Computed = { ok: true; value: number; steps: readonly string[]; section: string } | { ok: false; missing: readonly string[] };

type Calculator = (facts: FactValues) => Computed;

const need = (facts: FactValues, names: readonly string[]) => names.filter((name) => typeof facts[name] !== "number");

const CALCULATORS: Record<Calculation, Calculator> = {
  "dynamodb-read-capacity": (facts) => {
    const missing = need(facts, ["itemSizeKB", "readsPerSecond"]);
    // The note halves reads only when eventual consistency is acceptable: without a word on it, do not guess.
    if (typeof facts.needsStronglyConsistentReads !== "boolean") missing.push("needsStronglyConsistentReads");
    if (missing.length > 0) return { ok: false, missing };
    const result = dynamoDbCapacity({
      itemSizeKB: facts.itemSizeKB as number,
      readsPerSecond: facts.readsPerSecond as number,
      writesPerSecond: 0,
      consistency: facts.needsStronglyConsistentReads ? "strong" : "eventual",
    });
    return { ok: true, value: result.readCapacityUnits, steps: result.steps, section: result.section };
  },
  "dynamodb-write-capacity": (facts) => {
    const missing = need(facts, ["itemSizeKB", "writesPerSecond"]);
    if (missing.length > 0) return { ok: false, missing };
    const result = dynamoDbCapacity({ itemSizeKB: facts.itemSizeKB as number, readsPerSecond: 0, writesPerSecond: facts.writesPerSecond as number, consistency: "strong" });
    return { ok: true, value: result.writeCapacityUnits, steps: result.steps, section: result.section };
  },
  "ebs-gp2-baseline-iops": (facts) => {
    const missing = need(facts, ["volumeSizeGiB"]);
    if (missing.length > 0) return { ok: false, missing };
    const result = ebsGp2BaselineIops(Math.round(facts.volumeSizeGiB as number));
    return { ok: true, value: result.baselineIops, steps: result.steps, section: result.section };
  },
};

export function computeQuantity(calculation: Calculation, facts: FactValues): Computed {
  try {
    return CALCULATORS[calculation](facts);
  } catch {
    // A size outside what the calculator accepts (a 0 KB item, a 70 TB volume) cannot be computed.
    return { ok: false, missing: [] };
  }
}

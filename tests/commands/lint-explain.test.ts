import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { fakeIO, miniRulesWith } from "../helpers.js";

describe("lint", () => {
  it("passes the built-in rules", async () => {
    const io = fakeIO();
    expect(await main(["lint"], io)).toBe(0);
    expect(io.stdout()).toMatch(/0 errors/);
  });

  it("refuses a rules directory whose rule uses `path`, saying why", async () => {
    const dir = miniRulesWith({
      file: "areas/messaging.json",
      change: (area: any) => {
        area.rules[0].conditions.all[0].path = "$.x";
        return area;
      },
    });
    const io = fakeIO();
    expect(await main(["lint", "--rules-only", "--rules", dir], io)).toBe(2);
    expect(io.stdout()).toMatch(/unknown key 'path'[\s\S]*jsonpath-plus, which can run code/);
  });

  it("finds a rule that can never fire", async () => {
    const dir = miniRulesWith({
      file: "areas/messaging.json",
      change: (area: any) => {
        area.rules[2].conditions.all.push({ fact: "subscribers", operator: "lessThan", value: 1 });
        return area;
      },
    });
    const io = fakeIO();
    expect(await main(["lint", "--rules-only", "--rules", dir], io)).toBe(2);
    expect(io.stdout()).toContain("this rule can never fire: no value of 'subscribers'");
  });

  it("warns about an answer nothing recommends, and fails on it with --strict", async () => {
    const dir = miniRulesWith({ file: "answers/mini.json", change: (a: any) => ({ answers: [...a.answers, { id: "orphan", name: "Orphan", kind: "service", section: "Queues" }] }) });
    const io = fakeIO();
    expect(await main(["lint", "--rules-only", "--rules", dir], io)).toBe(0);
    expect(io.stdout()).toContain("no rule ever recommends 'orphan'");
    expect(await main(["lint", "--strict", "--rules-only", "--rules", dir], fakeIO())).toBe(1);
  });
});

describe("explain", () => {
  it("explains an answer with its note section quoted and the rules about it", async () => {
    const io = fakeIO();
    expect(await main(["explain", "sqs-fifo"], io)).toBe(0);
    expect(io.stdout()).toContain("From the note: SQS");
    expect(io.stdout()).toMatch(/fifo-for-strict-order\n\s+if needsStrictOrdering is true\n\s+then recommend SQS FIFO queue/);
  });

  it("explains an area with its facts and questions", async () => {
    const io = fakeIO();
    await main(["explain", "kinesis"], io);
    expect(io.stdout()).toContain("streamDataKind");
    expect(io.stdout()).toContain("What are you streaming");
  });

  it("suggests the nearest name for a typo and exits 2", async () => {
    const io = fakeIO();
    expect(await main(["explain", "sqs-fif"], io)).toBe(2);
    expect(io.stderr()).toContain("did you mean 'sqs-fifo'?");
  });
});

import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { fakeIO, MINI_RULES } from "../helpers.js";

const SCENARIO = "scenarios/elasticache-engine/leaderboard.yaml";

describe("check", () => {
  it("prints the recommendation, reasons with note sections, why-not and PASS", async () => {
    const io = fakeIO();
    expect(await main(["check", SCENARIO], io)).toBe(0);
    const out = io.stdout();
    expect(out).toContain("✔ Recommended: ElastiCache for Redis");
    expect(out).toContain("[Elasticache 101]");
    expect(out).toMatch(/✘ Not: ElastiCache for Memcached[\s\S]*Memcached cannot sort or rank/);
    expect(out).toContain("PASS");
    expect(out).not.toContain("\u001b["); // no colour when not a terminal
  });

  it("uses colour on a terminal, but never with NO_COLOR", async () => {
    const tty = fakeIO({ tty: true });
    await main(["check", SCENARIO], tty);
    expect(tty.stdout()).toContain("\u001b[");
    const noColour = fakeIO({ tty: true, env: { NO_COLOR: "1" } });
    await main(["check", SCENARIO], noColour);
    expect(noColour.stdout()).not.toContain("\u001b[");
  });

  it("gives the same result as JSON, byte for byte on every run", async () => {
    const runs = await Promise.all([1, 2].map(async () => {
      const io = fakeIO();
      await main(["check", "--json", SCENARIO], io);
      return io.stdout();
    }));
    expect(runs[1]).toBe(runs[0]);
    const report = JSON.parse(runs[0]!);
    expect(report.kind).toBe("scenario");
    expect(report.areas[0].recommended).toEqual(["elasticache-redis"]);
    expect(report.passed).toBe(true);
  });

  it("exits 1 and says what differed when an expectation fails", async () => {
    const io = fakeIO({ stdin: "name: wrong\nfacts: { needsSortingRanking: true }\nexpect: { recommend: [elasticache-memcached] }\n" });
    expect(await main(["check", "-"], io)).toBe(1);
    expect(io.stdout()).toMatch(/FAIL[\s\S]*expected elasticache-memcached .* to be recommended, but the recommendation was elasticache-redis/);
  });

  it("exits 2 with file:line:column and a fix for an invalid scenario, without a stack trace", async () => {
    const io = fakeIO({ stdin: "name: typo\nfacts:\n  needsSortingRankng: true\n" });
    expect(await main(["check", "-"], io)).toBe(2);
    expect(io.stderr()).toContain("<stdin>:3:23: unknown fact 'needsSortingRankng'");
    expect(io.stderr()).toContain("did you mean 'needsSortingRanking'?");
    expect(io.stderr()).not.toMatch(/\n\s+at /);
  });

  it("exits 2 for a missing file and for bad usage", async () => {
    const missing = fakeIO();
    expect(await main(["check", "nope.yaml"], missing)).toBe(2);
    expect(missing.stderr()).toContain("nope.yaml: file not found");
    const usage = fakeIO();
    expect(await main(["check", "--bogus", SCENARIO], usage)).toBe(2);
    expect(usage.stderr()).toContain("--help");
  });

  it("evaluates against another rules directory with --rules-only", async () => {
    const io = fakeIO({ stdin: "name: mini\nfacts: { delivery: push, subscribers: 3 }\nexpect: { recommend: [topic] }\n" });
    expect(await main(["check", "--rules-only", "--rules", MINI_RULES, "-"], io)).toBe(0);
    expect(io.stdout()).toContain("✔ Recommended: A topic");
  });

  it("prints the condition trace with --trace", async () => {
    const io = fakeIO();
    await main(["check", "--trace", SCENARIO], io);
    expect(io.stdout()).toMatch(/memcached-cannot-rank → avoid elasticache-memcached: fired\n\s+✓ all of:\n\s+✓ needsSortingRanking equal true \(seen: true\)/);
  });

  it("answers an exam question from standard input as one JSON object", async () => {
    const io = fakeIO({
      stdin:
        "A web tier must hand orders to workers that pull them when they have capacity, so that spikes do not overwhelm them.\n" +
        "Which service should be used?\nA. Amazon SNS\nB. Amazon SQS\nC. Amazon SES\nD. Amazon Kinesis Video Streams\n",
    });
    expect(await main(["check", "--json", "-"], io)).toBe(0);
    const outcome = JSON.parse(io.stdout());
    expect(outcome).toMatchObject({ kind: "question", answer: ["B"], abstained: false, areas: ["messaging-service"] });
    expect(outcome.facts).toContainEqual(expect.objectContaining({ name: "deliveryModel", value: "pull", evidence: "pull" }));
    expect(outcome.options[1]).toMatchObject({ letter: "B", answers: ["sqs"], verdict: "chosen" });
    expect(outcome.options[1].reasons[0]).toMatch(/\[SQS\]$/);
  });

  it("exits 1 when a question file's Answer line disagrees, and abstains honestly out of scope", async () => {
    const wrong = fakeIO({ stdin: "Messages must be processed in the exact order they were sent.\nWhich queue?\nA. SQS FIFO queue\nB. SQS standard queue\nAnswer: B\n" });
    expect(await main(["check", "-"], wrong)).toBe(1);
    expect(wrong.stdout()).toMatch(/^Answer: A/);
    const outside = fakeIO({ stdin: "Which service provisions a whole stack from a template?\nA. AWS CloudFormation\nB. Amazon SQS\nAnswer: out-of-scope\n" });
    expect(await main(["check", "-"], outside)).toBe(0);
    expect(outside.stdout()).toMatch(/^Out of scope \/ not sure:/);
  });
});

import { describe, expect, it } from "vitest";
import { compilePhrase, decodePhrases, encodePhrases, findPhrase } from "../../../src/core/question/phrase.js";
import { readSentences } from "../../../src/core/question/text-reader.js";

const find = (phrase: string, text: string) => findPhrase(compilePhrase(phrase), readSentences(text));

describe("phrases", () => {
  it("fold word forms through stems", () => {
    expect(find("rank players", "The game ranked players daily.")).toHaveLength(1);
    expect(find("rank players", "Players are listed by name.")).toHaveLength(0);
  });

  it("take alternatives of whole sequences and gaps of a few words", () => {
    expect(find("load* ... into ... s3|data lake", "Records are loaded straight into the company data lake.")).toHaveLength(1);
    expect(find("deny ... without ... encryption", "Deny every PUT request sent without the server-side encryption header.")).toHaveLength(1);
    expect(find("deny ... encryption", "Deny it. Then talk about encryption.")).toHaveLength(0);
  });

  it("capture numbers, also when glued to their unit", () => {
    expect(find("# kb", "Each item is 3KB.")[0]?.numbers).toEqual([3]);
    expect(find("# iops", "It needs 16,000 IOPS.")[0]?.numbers).toEqual([16000]);
  });

  it("respect a guard word before the match", () => {
    expect(find("!near real time", "Dashboards in near real time.")).toHaveLength(0);
    expect(find("!near real time", "Fraud is flagged in real time.")).toHaveLength(1);
  });

  it("flag a match that stands under a negation, unless the phrase says the negation itself", () => {
    expect(find("strongly consistent", "The app does not need strongly consistent reads.")[0]?.negated).toBe(true);
    expect(find("not lose", "The cache must not lose data.")[0]?.negated).toBe(false);
  });

  it("match the whole text only, when the phrase starts with '^'", () => {
    expect(find("^standard", "Standard")).toHaveLength(1);
    expect(find("^standard", "Print it to standard output")).toHaveLength(0);
    expect(find("^standard", "Standard. Or not.")).toHaveLength(0);
  });

  it("ship in a compact form that reads back to the same phrases and matches", () => {
    const sources = ["!near real time", "load* ... into ... s3|data lake", "# kb", "not lose ... messages", "^standard"];
    const phrases = new Map([
      ...sources.map((source) => [source, compilePhrase(source)] as const),
      ["=X-Ray SDK 2", compilePhrase("X-Ray SDK 2", { exactWords: true })] as const,
    ]);
    const shipped = JSON.parse(JSON.stringify(encodePhrases(phrases))) as unknown;
    expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify([...phrases]).length / 2);
    expect(new Map(decodePhrases(shipped))).toEqual(phrases);
  });
});

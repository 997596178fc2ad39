import { describe, expect, it } from "vitest";
import { readSentences } from "../../../src/core/question/text-reader.js";

const words = (text: string) => readSentences(text).map((sentence) => sentence.tokens.map((token) => token.normal).join(" "));

describe("the English reader", () => {
  it("keeps names with a dot or a colon inside one sentence, as words", () => {
    expect(words("Put appspec.yml in the root. Allow kms:Decrypt and s3:PutObject on t2.micro hosts.")).toEqual([
      "put appspec yml in the root",
      "allow kms decrypt and s3 putobject on t2 micro hosts",
    ]);
  });

  it("reads a sentence wrapped over several lines as one run of words", () => {
    expect(words("The leaderboard must\n  survive a node\nrestart.")).toEqual(["the leaderboard must survive a node restart"]);
  });

  it("splits a number from its unit and marks the words a negation reaches", () => {
    const [sentence] = readSentences("Each 3KB item must not be lost.");
    expect(sentence!.tokens.map((token) => token.number ?? token.normal)).toEqual(["each", 3, "kb", "item", "must", "not", "be", "lost"]);
    expect(sentence!.tokens.filter((token) => token.negated).map((token) => token.normal)).toEqual(["be", "lost"]);
  });
});

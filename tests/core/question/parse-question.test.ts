import { describe, expect, it } from "vitest";
import { parseQuestionData, parseQuestionText } from "../../../src/core/question/parse-question.js";

const options = (text: string) => {
  const parsed = parseQuestionText("q.md", text);
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.question;
};

describe("parseQuestionText", () => {
  it.each([
    ["A. text", "Which?\nA. one\nB. two\nC. three\n"],
    ["A) text", "Which?\nA) one\nB) two\nC) three\n"],
    ["(A) text", "Which?\n(A) one\n(B) two\n(C) three\n"],
    ["a task list", "Which?\n- [ ] one\n- [ ] two\n- [ ] three\n"],
    ["bulleted letters", "Which?\n- A. one\n- B. two\n- C. three\n"],
  ])("reads options written as %s", (_style, text) => {
    const question = options(text);
    expect(question.stem).toBe("Which?");
    expect(question.options).toEqual([
      { letter: "A", text: "one" },
      { letter: "B", text: "two" },
      { letter: "C", text: "three" },
    ]);
  });

  it("joins an option wrapped over several lines", () => {
    const question = options("Pick one.\n\nA. Use a queue\n   between the tiers\nB. Use a topic\n");
    expect(question.options[0]!.text).toBe("Use a queue between the tiers");
  });

  it("reads the Answer line, one letter or several, or out-of-scope", () => {
    expect(options("Q?\nA. x\nB. y\nC. z\n\nAnswer: C\n").expected).toEqual(["C"]);
    expect(options("Q?\nA. x\nB. y\nC. z\nAnswer: C, A\n").expected).toEqual(["A", "C"]);
    expect(options("Q?\nA. x\nB. y\n**Answer:** out-of-scope\n").expected).toBe("out-of-scope");
  });

  it("does not take a lettered line inside the story for the options", () => {
    const question = options("Plan A. was rejected by the board.\nWhich now?\nA. one\nB. two\n");
    expect(question.stem).toContain("Plan A. was rejected");
    expect(question.options.map((o) => o.letter)).toEqual(["A", "B"]);
  });

  it("reports a text without options, and an answer naming a missing option", () => {
    const none = parseQuestionText("q.txt", "Just a paragraph.\n");
    expect(!none.ok && none.problems[0]!.message).toBe("no lettered options found");
    const bad = parseQuestionText("q.txt", "Q?\nA. x\nB. y\nAnswer: E\n");
    expect(!bad.ok && bad.problems[0]!.message).toContain("cannot read the answer line");
  });
});

describe("parseQuestionData", () => {
  it("reads a YAML question with options and an answer list", () => {
    const parsed = parseQuestionData("q.yaml", "question: Which?\noptions: {A: one, B: two}\nanswer: [B]\n");
    expect(parsed.ok && parsed.question).toMatchObject({ stem: "Which?", expected: ["B"], options: [{ letter: "A" }, { letter: "B" }] });
  });

  it("points at the place of a wrong key", () => {
    const parsed = parseQuestionData("q.yaml", "question: Which?\noptions: {A: one, B: two}\nanswr: [B]\n");
    expect(!parsed.ok && parsed.problems[0]).toMatchObject({ line: 1, message: "unknown key 'answr'" });
  });
});

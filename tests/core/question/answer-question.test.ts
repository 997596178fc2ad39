import { describe, expect, it } from "vitest";
import { Evaluator } from "../../../src/core/evaluate.js";
import { builtInRulesDir, loadKnowledge } from "../../../src/core/load-knowledge.js";
import { answerQuestion } from "../../../src/core/question/answer-question.js";
import { parseQuestionText } from "../../../src/core/question/parse-question.js";

const { knowledge } = loadKnowledge([builtInRulesDir()]);
const evaluator = new Evaluator(knowledge);

async function answer(text: string) {
  const parsed = parseQuestionText("q.md", text);
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return answerQuestion(parsed.question, knowledge, evaluator);
}

describe("answerQuestion", () => {
  it("picks Redis for a ranking story and explains why Memcached loses", async () => {
    const outcome = await answer(
      "A mobile game shows each player's position among all players, sorted by points, and the scores must survive a restart of the cache.\nWhich engine?\nA. Memcached\nB. Redis\n",
    );
    expect(outcome.answer).toEqual(["B"]);
    expect(outcome.options[0]).toMatchObject({ verdict: "rejected" });
    expect(outcome.options[0]!.reasons.join(" ")).toContain("[Elasticache 101]");
    expect(outcome.facts.map((f) => f.name)).toContain("needsCachePersistence");
  });

  it("abstains on a question the note does not teach, saying what it recognised", async () => {
    const outcome = await answer(
      "A team wants to describe its whole stack as code in templates and deploy it repeatably.\nWhich service?\nA. AWS CloudFormation\nB. Amazon SQS\nC. Elastic Beanstalk\nD. Amazon S3\n",
    );
    expect(outcome.abstained).toBe(true);
    expect(outcome.answer).toEqual([]);
    expect(outcome.abstainReason).toBeTruthy();
  });

  it("answers a limit question from the note's number, converting units", async () => {
    const outcome = await answer("What is the maximum visibility timeout of an SQS message?\nA. 30 seconds\nB. 12 hours\nC. 14 days\nD. 20 seconds\n");
    expect(outcome.answer).toEqual(["B"]);
  });

  it("judges a statement that only describes something against the service the question names", async () => {
    // "pub/sub messaging" describes what SNS does, but the claim is about Memcached, which has none.
    const outcome = await answer(
      "Which of these is NOT a reason to pick ElastiCache for Memcached?\nA. Plain key-value object caching is all that is needed\nB. Nodes should be added to scale out as traffic grows\nC. Workers need pub/sub messaging through the cache\n",
    );
    expect(outcome.answer).toEqual(["C"]);
    expect(outcome.options[2]!.answers).toEqual(["elasticache-memcached"]);
  });

  it("judges a lone candidate against distractors from other topics, and only when it clearly leads", async () => {
    const outcome = await answer(
      "A checkout flow chains six Lambda functions that call each other behind API Gateway. Nobody can tell which function is slow or where requests fail.\nWhich service should the team use to find out?\nA. Amazon S3 Glacier\nB. AWS X-Ray\nC. AWS CodeCommit\nD. Amazon CloudFront\n",
    );
    expect(outcome.answer).toEqual(["B"]);
    // An option in words the tool does not know could be the right one: no lone-candidate answer then.
    const unknown = await answer(
      "A checkout flow chains six Lambda functions that call each other behind API Gateway. Nobody can tell which function is slow or where requests fail.\nWhich service should the team use to find out?\nA. Amazon S3 Glacier\nB. AWS X-Ray\nC. Print timestamps to standard output in each function\nD. Amazon CloudFront\n",
    );
    expect(unknown.abstained).toBe(true);
  });

  it("answers past a distractor the note does not teach, but not when the story itself is outside the note", async () => {
    const distractor = await answer(
      "A mobile game shows a leaderboard of players sorted by score, and the cached scores must survive a node failure.\nWhich should the developer use?\nA. ElastiCache for Memcached\nB. ElastiCache for Redis\nC. An AWS WAF web ACL in front of the game\n",
    );
    expect(distractor.answer).toEqual(["B"]);
    const outside = await answer(
      "A team must block SQL injection attempts against the leaderboard of its game.\nWhich should the developer use?\nA. ElastiCache for Memcached\nB. ElastiCache for Redis\nC. An AWS WAF web ACL\n",
    );
    expect(outside.abstained).toBe(true);
  });

  it("judges a claim that repeats the story on its own", async () => {
    // "WebSphere" in the story and in option A: against the story the option changes nothing.
    const outcome = await answer(
      "A team runs its Java application on IBM WebSphere today and wants Elastic Beanstalk to manage the platform.\nWhich application server does Elastic Beanstalk offer as a managed platform?\nA. WebSphere\nB. Tomcat\nC. GlassFish\nD. WebLogic\n",
    );
    expect(outcome.answer).toEqual(["B"]);
    expect(outcome.options[0]!.verdict).toBe("rejected");
  });

  it("reads a limit from the sentence before a question as short as 'What is the limit?'", async () => {
    const outcome = await answer("The team wants to attach a second internet gateway to a VPC. What is the limit?\nA. 1\nB. 2\nC. 5\nD. 10\n");
    expect(outcome.answer).toEqual(["A"]);
    // A longer question sentence stands on its own: the story before it is not read as the question.
    const standing = await answer("The team wants to attach a second internet gateway to a VPC. Which of these numbers do the developers like best?\nA. 1\nB. 2\nC. 5\nD. 10\n");
    expect(standing.abstained).toBe(true);
  });

  it("rejects an option that goes beyond a limit", async () => {
    const outcome = await answer(
      "Generating a report takes up to 10 minutes per message, and other consumers pick up the same message meanwhile.\nWhat should be done?\nA. Set the visibility timeout to 13 hours\nB. Increase the visibility timeout to 11 minutes\n",
    );
    expect(outcome.answer).toEqual(["B"]);
    expect(outcome.options[0]!.reasons.join(" ")).toContain("12 hours");
  });

  it("computes a capacity question instead of guessing it", async () => {
    const outcome = await answer(
      "A table stores 3 KB items and serves 80 eventually consistent reads per second.\nHow many read capacity units are needed?\nA. 20\nB. 40\nC. 80\nD. 240\n",
    );
    expect(outcome.answer).toEqual(["B"]);
    expect(outcome.options[1]!.reasons[0]).toContain("80 / 2 = 40");
  });

  it("abstains on a capacity question that does not say which consistency", async () => {
    const outcome = await answer("Items are 3 KB and 80 are read per second.\nHow many read capacity units?\nA. 40\nB. 80\n");
    expect(outcome.abstained).toBe(true);
    expect(outcome.abstainReason).toContain("needsStronglyConsistentReads");
  });

  it("counts the NOT of a negative question once: as the polarity, not also as a reversed fact", async () => {
    const outcome = await answer(
      "Which EBS volume type CANNOT be used as a boot volume?\nA. General Purpose SSD (gp2)\nB. Provisioned IOPS SSD (io1)\nC. Cold HDD (sc1)\nD. Magnetic (standard)\n",
    );
    expect(outcome).toMatchObject({ polarity: "negative", answer: ["C"] });
  });

  it("marks the outcome correct or not against the Answer line", async () => {
    const outcome = await answer("Which deployment policy suits a mission-critical production app?\nA. All at once\nB. Immutable\nAnswer: B\n");
    expect(outcome).toMatchObject({ answer: ["B"], correct: true });
  });
});

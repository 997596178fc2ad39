// The evaluations the wizard needs, run one at a time: json-rules-engine runs of one area are never
// overlapped, even when keys arrive faster than the answers.
import { Evaluator, type AreaVerdict, type FactValues } from "../core/evaluate.js";
import type { Knowledge } from "../core/load-knowledge.js";
import { answerOutcomes, whatWouldChangeIt, type AnswerOutcome, type WhatIfChange } from "../core/what-if.js";

export interface WizardEngine {
  readonly evaluate: (area: string, facts: FactValues) => Promise<AreaVerdict>;
  readonly outcomes: (area: string, facts: FactValues, fact: string) => Promise<AnswerOutcome[]>;
  readonly whatIf: (area: string, facts: FactValues) => Promise<WhatIfChange[]>;
}

export function createWizardEngine(knowledge: Knowledge): WizardEngine {
  const evaluator = new Evaluator(knowledge);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    evaluate: (area, facts) =>
      serial(async () => {
        const verdict = (await evaluator.evaluate(facts, [area])).areas[0];
        if (!verdict) throw new Error(`unknown decision area '${area}'`);
        return verdict;
      }),
    outcomes: (area, facts, fact) => serial(() => answerOutcomes(evaluator, area, facts, fact)),
    whatIf: (area, facts) => serial(() => whatWouldChangeIt(evaluator, area, facts)),
  };
}

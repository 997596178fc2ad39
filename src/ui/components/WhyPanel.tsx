// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import type { FactDefinition } from "../../core/knowledge-schema.js";
import type { Knowledge } from "../../core/load-knowledge.js";
import type { AnswerOutcome, RuleReading } from "../../core/what-if.js";
import { describeOutcome, describeOutcomeAnswer, describeReading } from "../describe-rule.js";
import { Bullet } from "./Bullet.js";
import { Toned } from "./Toned.js";

export type Props = {
  readonly definition: FactDefinition;
  /** The area's rules that read this fact. */
  readonly readings: readonly RuleReading[];
  /** Where each answer would lead; undefined while being worked out. */
  readonly outcomes?: readonly AnswerOutcome[];
  readonly knowledge: Knowledge;
  /** Most lines of rules to show. */
  readonly maxRules: number;
};

/** `?`: why the question is asked: the rules that read it and what each answer would lead to. */
export function WhyPanel({ definition, readings, outcomes, knowledge, maxRules }: Props) {
  const shown = readings.slice(0, Math.max(1, maxRules));
  return (
    <Box flexDirection="column" marginTop={1}>
      <Toned tone="info" bold>
        Why this question? {readings.length} rule{readings.length === 1 ? "" : "s"} read it:
      </Toned>
      {shown.map((reading) => (
        <Bullet key={reading.rule} marker="•" indent={2}>
          <Toned>{describeReading(reading, definition, knowledge)}</Toned>
        </Bullet>
      ))}
      {readings.length > shown.length && <Toned tone="dim">  … and {readings.length - shown.length} more</Toned>}
      <Toned tone="info" bold>
        Each answer would lead to:
      </Toned>
      {outcomes === undefined ? (
        <Toned tone="dim">  working it out…</Toned>
      ) : (
        outcomes.map((outcome, index) => (
          <Bullet key={index} marker="→" indent={2}>
            <Toned>
              {describeOutcomeAnswer(definition, outcome)}: {describeOutcome(outcome, knowledge)}
            </Toned>
          </Bullet>
        ))
      )}
    </Box>
  );
}

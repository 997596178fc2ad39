// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import type { Knowledge } from "../../core/load-knowledge.js";
import { formatValue } from "../choices.js";
import type { DescribedFact } from "../wizard-state.js";
import { SelectList } from "./SelectList.js";
import { Toned } from "./Toned.js";

export type Props = {
  readonly facts: readonly DescribedFact[];
  readonly knowledge: Knowledge;
  /** Highlighted row; the row after the last fact is "Continue". */
  readonly cursor: number;
  /** Facts the reader produced that the catalog does not accept. */
  readonly ignored: number;
  readonly height: number;
};

/** What the description was understood to say, to confirm or correct before the questions. */
export function FactReview({ facts, knowledge, cursor, ignored, height }: Props) {
  const rows = facts.map((fact) => {
    const definition = knowledge.facts.get(fact.name);
    return { label: `${definition?.question ?? fact.name} ${formatValue(definition, fact.value)}`, detail: `“${fact.evidence}”` };
  });
  return (
    <Box flexDirection="column">
      <Toned tone="title">{facts.length > 0 ? "From your description I understood:" : "I could not find any facts I know in that description."}</Toned>
      {ignored > 0 && <Toned tone="dim">({ignored} more could not be used)</Toned>}
      <SelectList height={height} cursor={cursor} rows={[...rows, { label: facts.length > 0 ? "Continue" : "Continue: pick a decision area" }]} />
    </Box>
  );
}

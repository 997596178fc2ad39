// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import { Toned } from "./Toned.js";

export type Props = {
  /** "ElastiCache for Redis, 2 reasons so far". */
  readonly leaning: string;
  /** How many questions could still change the outcome. */
  readonly open: number;
  /** The number of questions answered so far. */
  readonly answered: number;
  readonly width?: number;
};

/** The side panel: where the answers point so far. */
export function LeaningPanel({ leaning, open, answered, width }: Props) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={width} flexShrink={0} alignSelf="flex-start">
      <Toned tone="info" bold>
        Leaning
      </Toned>
      <Toned>{leaning}</Toned>
      <Toned tone="dim">
        {answered} answered · {open} still matter{open === 1 ? "s" : ""}
      </Toned>
    </Box>
  );
}

// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import { TextField } from "./TextField.js";
import { Toned } from "./Toned.js";

export type Props = {
  /** The description typed so far. */
  readonly text: string;
};

/** Free text about the situation; Enter turns it into facts the user then reviews. */
export function DescribeInput({ text }: Props) {
  return (
    <Box flexDirection="column">
      <Toned tone="title">Describe your situation in your own words</Toned>
      <Toned tone="dim">For example: a game leaderboard cache that must survive a node restart.</Toned>
      <Box marginTop={1}>
        <TextField value={text} placeholder="start typing…" />
      </Box>
    </Box>
  );
}

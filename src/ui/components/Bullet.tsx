// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import type { ReactNode } from "react";
import type { Tone } from "../result-lines.js";
import { Toned } from "./Toned.js";

export type Props = {
  /** The mark before the text, e.g. "•" or "✔". */
  readonly marker: string;
  /** Tone of the mark. */
  readonly markerTone?: Tone;
  /** Spaces before the mark. */
  readonly indent?: number;
  readonly children?: ReactNode;
};

/** A marked line whose wrapped continuation lines hang under the text, not under the mark. */
export function Bullet({ marker, markerTone = "plain", indent = 0, children }: Props) {
  return (
    <Box paddingLeft={indent}>
      <Box flexShrink={0} marginRight={1}>
        <Toned tone={markerTone}>{marker}</Toned>
      </Box>
      <Box flexShrink={1} flexDirection="column">
        {children}
      </Box>
    </Box>
  );
}

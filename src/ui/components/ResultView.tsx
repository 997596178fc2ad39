// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import type { Line } from "../result-lines.js";
import { Toned } from "./Toned.js";

export type Props = {
  /** The whole result, already wrapped to the width. */
  readonly lines: readonly Line[];
  /** First line shown. */
  readonly scroll: number;
  /** How many lines fit. */
  readonly height: number;
};

/** The recommendation, why, why not, caveats, what would change it and the trace, scrollable. */
export function ResultView({ lines, scroll, height }: Props) {
  const first = Math.min(scroll, Math.max(0, lines.length - height));
  const window = lines.slice(first, first + height);
  const more = lines.length > height;
  return (
    <Box flexDirection="column">
      {window.map((line, index) => (
        <Box key={first + index} paddingLeft={line.indent}>
          <Toned tone={line.tone} wrap="truncate-end">
            {line.text === "" ? " " : line.text}
          </Toned>
        </Box>
      ))}
      {more && (
        <Toned tone="dim">
          lines {first + 1}–{first + window.length} of {lines.length} · ↑↓ to scroll
        </Toned>
      )}
    </Box>
  );
}

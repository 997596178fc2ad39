// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import { Toned } from "./Toned.js";

export type Row = {
  /** The row's main text. */
  readonly label: string;
  /** A dimmer text after the label, cut at the edge of the screen. */
  readonly detail?: string;
  /** For multi-select rows: ticked or not; undefined for plain rows. */
  readonly ticked?: boolean;
};

export type Props = {
  readonly rows: readonly Row[];
  /** The highlighted row. */
  readonly cursor: number;
  /** At most this many rows are shown, scrolled so the cursor stays visible. */
  readonly height: number;
  /** Number the rows 1–9 so a digit picks one. */
  readonly numbered?: boolean;
};

/** A vertical list with a highlighted row, windowed to fit the screen. */
export function SelectList({ rows, cursor, height, numbered = false }: Props) {
  // When the list does not fit, two of the lines say how many rows are hidden above and below.
  const visible = rows.length <= height ? rows.length : Math.max(1, height - 2);
  const first = Math.min(Math.max(0, cursor - Math.floor(visible / 2)), Math.max(0, rows.length - visible));
  const window = rows.slice(first, first + visible);
  return (
    <Box flexDirection="column">
      {first > 0 && <Toned tone="dim">  ↑ {first} more</Toned>}
      {window.map((row, offset) => {
        const index = first + offset;
        const active = index === cursor;
        const tick = row.ticked === undefined ? "" : row.ticked ? "[x] " : "[ ] ";
        const number = numbered && index < 9 ? `${index + 1}. ` : "";
        return (
          <Box key={index}>
            <Toned tone={active ? "info" : "plain"} bold={active} wrap="truncate-end">
              {active ? "› " : "  "}
              {number}
              {tick}
              {row.label}
              {row.detail ? <Toned tone="dim">{`  ${row.detail}`}</Toned> : null}
            </Toned>
          </Box>
        );
      })}
      {first + visible < rows.length && <Toned tone="dim">  ↓ {rows.length - first - visible} more</Toned>}
    </Box>
  );
}

// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import type { AreaRow } from "../wizard-state.js";
import { SelectList } from "./SelectList.js";
import { TextField } from "./TextField.js";
import { Toned } from "./Toned.js";

export type Props = {
  /** Rows matching the filter ("describe" first when offered). */
  readonly rows: readonly AreaRow[];
  readonly cursor: number;
  /** What the user typed to narrow the list. */
  readonly filter: string;
  /** True when the list is the areas a description pointed to. */
  readonly fromDescription: boolean;
  /** Lines available for the list itself. */
  readonly height: number;
};

/** The start screen: pick a decision area (type to filter) or describe the situation in words. */
export function AreaPicker({ rows, cursor, filter, fromDescription, height }: Props) {
  return (
    <Box flexDirection="column">
      <Toned tone="title">{fromDescription ? "Your description touches these decisions; pick one:" : "What do you want to decide?"}</Toned>
      <TextField label="Filter:" value={filter} placeholder="type to filter" />
      {rows.length === 0 ? (
        <Toned tone="warn">No decision area matches “{filter}”.</Toned>
      ) : (
        <SelectList
          height={height}
          cursor={cursor}
          rows={rows.map((row) =>
            row.kind === "describe"
              ? { label: "Describe your situation in your own words" }
              : { label: row.title, detail: row.summary },
          )}
        />
      )}
    </Box>
  );
}

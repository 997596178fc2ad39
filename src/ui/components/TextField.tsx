// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import { Toned } from "./Toned.js";

export type Props = {
  /** Shown before the text, e.g. "File:". */
  readonly label?: string;
  readonly value: string;
  /** Shown dim when the value is empty. */
  readonly placeholder?: string;
  /** A unit after the value, e.g. "seconds". */
  readonly suffix?: string;
};

/** A one-line (wrapping) text input; the block marks where typing goes. */
export function TextField({ label, value, placeholder, suffix }: Props) {
  return (
    <Box>
      <Toned>
        {label ? `${label} ` : ""}
        {value === "" && placeholder ? <Toned tone="dim">{placeholder}</Toned> : value}
        <Toned tone="info">▌</Toned>
        {suffix ? ` ${suffix}` : ""}
      </Toned>
    </Box>
  );
}

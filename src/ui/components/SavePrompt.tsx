// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import { TextField } from "./TextField.js";
import { Toned } from "./Toned.js";

export type Props = {
  /** The file to write, editable. */
  readonly path: string;
  /** Why the last attempt failed. */
  readonly error?: string;
  /** True while the file is being written. */
  readonly saving: boolean;
};

/** Asks where to save the session as a scenario file (the format `check` and `batch` read). */
export function SavePrompt({ path, error, saving }: Props) {
  return (
    <Box flexDirection="column">
      <Toned tone="title">Save this session as a scenario file</Toned>
      <Toned tone="dim">The facts you gave, with the result as its expectations; `check` and `batch` read it.</Toned>
      <TextField label="File:" value={path} />
      {saving && <Toned tone="dim">Saving…</Toned>}
      {error && <Toned tone="bad">{error}</Toned>}
    </Box>
  );
}

// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box, Static } from "ink";
import type { LogEntry } from "../wizard-state.js";
import { Bullet } from "./Bullet.js";
import { Toned } from "./Toned.js";

export type Props = {
  /** Everything done so far, oldest first; only new entries are printed. */
  readonly entries: readonly LogEntry[];
  /** The terminal's width: <Static> is laid out apart from the rest and needs it to wrap. */
  readonly width: number;
};

/** The session so far (area, answers, going back, saving), printed once above the live screen. */
export function Transcript({ entries, width }: Props) {
  return (
    <Static items={[...entries]}>
      {(entry) => (
        <Box key={entry.id} flexDirection="column" width={width} paddingLeft={entry.kind === "area" ? 0 : 2}>
          <TranscriptLine entry={entry} />
        </Box>
      )}
    </Static>
  );
}

function TranscriptLine({ entry }: { readonly entry: LogEntry }) {
  switch (entry.kind) {
    case "area":
      return <Toned tone="title">◆ {entry.title}</Toned>;
    case "described":
      return (
        <>
          <Toned tone="dim">From your description:</Toned>
          {entry.facts.map((fact) => (
            <Bullet key={fact} marker="✔" markerTone="good" indent={2}>
              <Toned>{fact}</Toned>
            </Bullet>
          ))}
        </>
      );
    case "answer":
      return (
        <Bullet marker="✔" markerTone="good">
          <Toned>
            {entry.question} <Toned bold>{entry.answer}</Toned>
          </Toned>
        </Bullet>
      );
    case "back":
      return (
        <Bullet marker="↩" markerTone="dim">
          <Toned tone="dim">Back to: {entry.question}</Toned>
        </Bullet>
      );
    case "saved":
      return <Toned tone="good">Saved {entry.path}</Toned>;
  }
}

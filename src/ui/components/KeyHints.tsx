// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import type { Screen } from "../wizard-state.js";
import type { FactDefinition } from "../../core/knowledge-schema.js";
import { Toned } from "./Toned.js";

export type Props = {
  readonly screen: Screen;
  /** The question's fact, to show the keys that fit its type. */
  readonly definition?: FactDefinition;
  /** Whether the trace is shown on the result screen. */
  readonly trace: boolean;
};

/** One line of the keys that work on the current screen. */
export function KeyHints({ screen, definition, trace }: Props) {
  return (
    <Toned tone="dim" wrap="truncate-end">
      {hints(screen, definition, trace)}
    </Toned>
  );
}

function hints(screen: Screen, definition: FactDefinition | undefined, trace: boolean): string {
  switch (screen.kind) {
    case "areas":
      return `type to filter · ↑↓ move · Enter choose · Esc ${screen.filter || screen.only ? "back" : "quit"}`;
    case "describe":
      return "Enter read it · Ctrl+U clear · Esc back";
    case "review":
      return "↑↓ move · Space change · x remove (it will be asked) · Enter continue · Esc edit text";
    case "question":
      if (definition?.type === "number") return "type a number · Enter answer (empty: not sure) · ? why · Esc back · q quit";
      if (definition?.type === "enum-list") return "↑↓/jk move · Space tick · Enter confirm · ? why · Esc back · q quit";
      return `↑↓/jk move · Enter answer${definition?.type === "boolean" ? " · y/n" : ""} · ? why · Esc back · q quit`;
    case "result":
      return `↑↓ scroll · t ${trace ? "hide" : "show"} trace · s save · r restart · Esc back · q quit`;
    case "save":
    case "saving":
      return "Enter save · Ctrl+U clear · Esc cancel";
  }
}

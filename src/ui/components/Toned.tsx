// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Text, type TextProps } from "ink";
import type { ReactNode } from "react";
import { useTheme } from "../hooks/use-theme.js";
import type { Tone } from "../result-lines.js";

export type Props = {
  /** What the text is: picks its colour (none under NO_COLOR). */
  readonly tone?: Tone;
  /** Bold as well (titles are always bold). */
  readonly bold?: boolean;
  /** How Ink fits the text to its box; "wrap" by default. */
  readonly wrap?: TextProps["wrap"];
  readonly children?: ReactNode;
};

/** Text in one of the theme's tones: the only place the wizard chooses colours. */
export function Toned({ tone = "plain", bold = false, wrap = "wrap", children }: Props) {
  const theme = useTheme();
  return (
    <Text color={theme.color(tone)} bold={theme.bold && (bold || tone === "title")} dimColor={theme.dim && tone === "dim"} wrap={wrap}>
      {children}
    </Text>
  );
}

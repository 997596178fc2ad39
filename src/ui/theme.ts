// Colours for the wizard, or none at all: NO_COLOR turns every colour and text style off. Ink's chalk
// does not read NO_COLOR itself, so components ask the theme instead of naming colours.
import type { Tone } from "./result-lines.js";

export interface Theme {
  /** Ink colour name for a tone, or undefined for the terminal's default. */
  readonly color: (tone: Tone) => string | undefined;
  /** Bold and dim are styles too: off with NO_COLOR. */
  readonly bold: boolean;
  readonly dim: boolean;
}

const COLORS: Record<Tone, string | undefined> = {
  title: undefined,
  good: "green",
  bad: "red",
  warn: "yellow",
  info: "cyan",
  dim: undefined,
  plain: undefined,
};

export const colourTheme: Theme = { color: (tone) => COLORS[tone], bold: true, dim: true };
export const plainTheme: Theme = { color: () => undefined, bold: false, dim: false };

export function themeFor(env: NodeJS.ProcessEnv): Theme {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== "" ? plainTheme : colourTheme;
}

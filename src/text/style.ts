// Colour for terminals only: never when output is piped, never with NO_COLOR set.

export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly green: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const colourStyle: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  green: wrap(32, 39),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
};

const same = (text: string) => text;
export const plainStyle: Style = { bold: same, dim: same, green: same, red: same, yellow: same, cyan: same };

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const noColour = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  return stream.isTTY && !noColour ? colourStyle : plainStyle;
}

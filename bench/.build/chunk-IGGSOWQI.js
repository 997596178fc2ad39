import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/text/style.ts
var wrap = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var colourStyle = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  green: wrap(32, 39),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39)
};
var same = (text) => text;
var plainStyle = { bold: same, dim: same, green: same, red: same, yellow: same, cyan: same };
function styleFor(stream, env = process.env) {
  const noColour = env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  return stream.isTTY && !noColour ? colourStyle : plainStyle;
}

export {
  plainStyle,
  styleFor
};

// Which action a key stands for on the current screen. Pure: the reducer calls it with the state it
// holds at that moment, so keys typed faster than the screen redraws still mean the right thing.
import type { WizardAction, WizardContext, WizardState } from "./wizard-state.js";
import { choicesFor } from "./choices.js";

/** A key as Ink reports it (input text plus flags); every flag optional so tests can write `{ input: "j" }`. */
export interface KeyPress {
  readonly input: string;
  readonly upArrow?: boolean;
  readonly downArrow?: boolean;
  readonly leftArrow?: boolean;
  readonly rightArrow?: boolean;
  readonly pageUp?: boolean;
  readonly pageDown?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
  readonly return?: boolean;
  readonly escape?: boolean;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly tab?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
}

/** The part of the layout keys depend on: how far the result can scroll, and a page's height. */
export interface ViewMetrics {
  readonly scrollMax: number;
  readonly page: number;
}

export const DEFAULT_METRICS: ViewMetrics = { scrollMax: 0, page: 10 };

const PAGE = 5;

export function actionForKey(
  context: WizardContext,
  state: WizardState,
  press: KeyPress,
  now: Date,
  metrics: ViewMetrics = DEFAULT_METRICS,
): WizardAction | undefined {
  const { input } = press;
  if (press.ctrl && input === "c") return { type: "quit", code: 130 };
  const erase = press.backspace || press.delete;
  const text = isText(press);
  const screen = state.screen;
  switch (screen.kind) {
    case "areas":
      if (press.upArrow) return { type: "move", delta: -1 };
      if (press.downArrow) return { type: "move", delta: 1 };
      if (press.pageUp) return { type: "move", delta: -PAGE };
      if (press.pageDown) return { type: "move", delta: PAGE };
      if (press.return) return { type: "choose" };
      if (press.ctrl && input === "u") return { type: "clearText" };
      if (press.escape) return screen.filter === "" && screen.only === undefined ? { type: "quit", code: 0 } : { type: "back" };
      if (press.leftArrow) return screen.only !== undefined ? { type: "back" } : undefined;
      if (erase) return screen.filter === "" ? undefined : { type: "erase" };
      return text ? { type: "type", text: input } : undefined;

    case "describe":
      if (press.return) return screen.text.trim() === "" || !context.readFacts ? undefined : { type: "described", facts: context.readFacts(screen.text) };
      if (press.escape) return { type: "back" };
      if (press.ctrl && input === "u") return { type: "clearText" };
      if (erase) return { type: "erase" };
      return text ? { type: "type", text: input } : undefined;

    case "review":
      if (press.upArrow || input === "k") return { type: "move", delta: -1 };
      if (press.downArrow || input === "j") return { type: "move", delta: 1 };
      if (input === " " || press.rightArrow) return { type: "cycleFact" };
      if (input === "x" || input === "d") return { type: "removeFact" };
      if (press.return) return { type: "confirmFacts" };
      if (press.escape || press.leftArrow || erase) return { type: "back" };
      if (input === "q") return { type: "quit", code: 0 };
      return undefined;

    case "question":
      return questionKey(context, screen, press);

    case "result":
      if (press.upArrow || input === "k") return { type: "scroll", delta: -1, max: metrics.scrollMax };
      if (press.downArrow || input === "j") return { type: "scroll", delta: 1, max: metrics.scrollMax };
      if (press.pageUp || input === "b") return { type: "scroll", delta: -metrics.page, max: metrics.scrollMax };
      if (press.pageDown || input === " ") return { type: "scroll", delta: metrics.page, max: metrics.scrollMax };
      if (press.home || input === "g") return { type: "scroll", delta: -Number.MAX_SAFE_INTEGER, max: metrics.scrollMax };
      if (press.end || input === "G") return { type: "scroll", delta: Number.MAX_SAFE_INTEGER, max: metrics.scrollMax };
      if (input === "t") return { type: "toggleTrace" };
      if (input === "s" && state.area !== undefined) return { type: "openSave", path: defaultScenarioPath(state.area, now) };
      if (input === "r") return { type: "restart" };
      if (input === "q") return { type: "quit", code: 0 };
      if (press.escape || press.leftArrow || erase) return { type: "back" };
      return undefined;

    case "save":
      if (press.return) return { type: "save" };
      if (press.escape) return { type: "back" };
      if (press.ctrl && input === "u") return { type: "clearText" };
      if (erase) return { type: "erase" };
      return text ? { type: "type", text: input } : undefined;

    case "saving":
      return undefined;
  }
}

function questionKey(context: WizardContext, screen: WizardState["screen"] & { kind: "question" }, press: KeyPress): WizardAction | undefined {
  const { input } = press;
  const definition = screen.fact === undefined ? undefined : context.knowledge.facts.get(screen.fact);
  if (input === "q" && !press.ctrl) return { type: "quit", code: 0 };
  if (press.escape || press.leftArrow) return { type: "back" };
  if (input === "?") return { type: "toggleHelp" };
  const erase = press.backspace || press.delete;
  if (definition?.type === "number") {
    if (erase) return screen.draft === "" ? { type: "back" } : { type: "erase" };
    if (press.ctrl && input === "u") return { type: "clearText" };
    if (press.return) return { type: "choose" };
    return /^[0-9.\-]+$/.test(input) && !press.ctrl && !press.meta ? { type: "type", text: input } : undefined;
  }
  if (erase) return { type: "back" };
  if (!definition) return undefined;
  if (press.upArrow || input === "k") return { type: "move", delta: -1 };
  if (press.downArrow || input === "j") return { type: "move", delta: 1 };
  if (press.return) return { type: "choose" };
  if (definition.type === "enum-list" && input === " ") return { type: "toggleChoice" };
  if (definition.type === "boolean" && (input === "y" || input === "n")) return { type: "answer", value: input === "y" };
  // Digits pick a row directly: answer it, or tick it on a list question.
  const digit = /^[1-9]$/.test(input) ? Number(input) - 1 : -1;
  const choice = choicesFor(definition)[digit];
  if (choice) {
    if (choice.skip) return { type: "skip" };
    if (definition.type === "enum-list") return { type: "toggleChoice", row: digit };
    return { type: "answer", value: choice.value! };
  }
  return undefined;
}

/**
 * Ink hands over a burst of typed characters (fast typing, a paste, keys sent by a script) as one input:
 * " \r" is Space then Enter. Split such a burst into single keys. On the describe screen a burst is
 * pasted text, kept whole, with a final line break still meaning Enter.
 */
export function splitPress(press: KeyPress, pasteIsText: boolean): KeyPress[] {
  const chars = [...press.input];
  const flagged = Object.entries(press).some(([name, value]) => name !== "input" && name !== "shift" && value === true);
  if (chars.length <= 1 || flagged) return [press];
  if (pasteIsText) {
    const text = press.input.replace(/[\r\n]+$/, "");
    return text === press.input ? [press] : [{ input: text }, { input: "\r", return: true }];
  }
  return chars.map(singleKey);
}

function singleKey(char: string): KeyPress {
  if (char === "\r" || char === "\n") return { input: "\r", return: true };
  if (char === "\u007f" || char === "\b") return { input: "", delete: true };
  if (char === "\t") return { input: "\t", tab: true };
  const code = char.codePointAt(0)!;
  // Ctrl+letter arrives as codes 1–26: Ctrl+C is 3, Ctrl+U is 21.
  if (code >= 1 && code <= 26) return { input: String.fromCodePoint(code + 96), ctrl: true };
  return { input: char };
}

/** ./<area>-YYYYMMDD-HHMMSS.yaml in local time. */
export function defaultScenarioPath(area: string, now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return `./${area}-${stamp}.yaml`;
}

/** Printable text (a character or a paste), not a control key. */
function isText(press: KeyPress): boolean {
  if (press.ctrl || press.meta || press.return || press.escape || press.tab) return false;
  if (press.upArrow || press.downArrow || press.leftArrow || press.rightArrow || press.pageUp || press.pageDown) return false;
  return press.input.length > 0;
}

// The whole wizard as one pure reducer: screens, answers, what is being evaluated. Components only
// render this state; hooks run the evaluations it asks for and report back with actions.
import type { AreaVerdict, FactValue, FactValues } from "../core/evaluate.js";
import type { Knowledge } from "../core/load-knowledge.js";
import type { AnswerOutcome, WhatIfChange } from "../core/what-if.js";
import { checkFactValue } from "../core/scenario.js";
import { choicesFor, cursorFor, formatValue } from "./choices.js";
import { actionForKey, splitPress, type KeyPress, type ViewMetrics } from "./keymap.js";

/** Turns a free-text description into facts; written elsewhere and injected. */
export type ReadFacts = (text: string) => Array<{ name: string; value: boolean | number | string | string[]; evidence: string }>;

export interface WizardContext {
  readonly knowledge: Knowledge;
  /** When absent, the start screen does not offer "Describe your situation". */
  readonly readFacts?: ReadFacts;
}

/** A fact taken from the user's description, with the words it came from. */
export interface DescribedFact {
  readonly name: string;
  readonly value: FactValue;
  readonly evidence: string;
}

/** One answered question; `value` undefined means "not sure" (the fact stays unknown). */
export interface Answered {
  readonly fact: string;
  readonly value?: FactValue;
}

/** Lines of the transcript kept above the live screen (Ink's <Static>). */
export type LogEntry = { readonly id: number } & (
  | { readonly kind: "area"; readonly title: string }
  | { readonly kind: "described"; readonly facts: readonly string[] }
  | { readonly kind: "answer"; readonly question: string; readonly answer: string }
  | { readonly kind: "back"; readonly question: string }
  | { readonly kind: "saved"; readonly path: string }
);

export type Screen =
  | { readonly kind: "areas"; readonly filter: string; readonly cursor: number; readonly only?: readonly string[] }
  | { readonly kind: "describe"; readonly text: string }
  | { readonly kind: "review"; readonly cursor: number; readonly ignored: number }
  | {
      readonly kind: "question";
      /** Undefined while the first evaluation of the area runs. */
      readonly fact?: string;
      readonly cursor: number;
      /** Typed text of a number answer. */
      readonly draft: string;
      /** Ticked items of a list answer. */
      readonly picked: readonly string[];
      readonly error?: string;
    }
  | { readonly kind: "result"; readonly scroll: number }
  | { readonly kind: "save"; readonly path: string; readonly error?: string }
  | { readonly kind: "saving"; readonly path: string };

export interface WizardState {
  readonly screen: Screen;
  readonly area?: string;
  /** The description typed on the describe screen. */
  readonly text: string;
  readonly described: readonly DescribedFact[];
  readonly answers: readonly Answered[];
  /** Each change of the facts asks for a new evaluation; results for an older id are ignored. */
  readonly evaluation: { readonly id: number; readonly pending: boolean };
  readonly verdict?: AreaVerdict;
  /** What each answer to the current question would lead to (for `?`). */
  readonly why?: { readonly fact: string; readonly evaluationId: number; readonly outcomes: readonly AnswerOutcome[] };
  /** The smallest changes that flip the result (result screen). */
  readonly whatIf?: { readonly evaluationId: number; readonly changes: readonly WhatIfChange[] };
  readonly showHelp: boolean;
  readonly showTrace: boolean;
  readonly log: readonly LogEntry[];
  /** Bumped by restart so the transcript starts afresh. */
  readonly session: number;
  readonly notice?: string;
  readonly exitCode?: number;
  readonly failure?: string;
}

export type WizardAction =
  /** A raw key; the reducer turns it into one of the actions below against the state it holds. */
  | { readonly type: "key"; readonly press: KeyPress; readonly now: Date; readonly metrics?: ViewMetrics }
  | { readonly type: "move"; readonly delta: number }
  | { readonly type: "type"; readonly text: string }
  | { readonly type: "erase" }
  | { readonly type: "clearText" }
  | { readonly type: "choose" }
  | { readonly type: "pickArea"; readonly area: string }
  | { readonly type: "startDescribe" }
  /** Facts read from the description, before they are checked against the catalog. */
  | { readonly type: "described"; readonly facts: ReturnType<ReadFacts> }
  | { readonly type: "cycleFact" }
  | { readonly type: "removeFact" }
  | { readonly type: "confirmFacts" }
  | { readonly type: "answer"; readonly value: FactValue }
  | { readonly type: "skip" }
  /** Ticks or unticks a row of a list question: `row`, or the highlighted one. */
  | { readonly type: "toggleChoice"; readonly row?: number }
  | { readonly type: "back" }
  | { readonly type: "toggleHelp" }
  | { readonly type: "toggleTrace" }
  | { readonly type: "scroll"; readonly delta: number; readonly max: number }
  | { readonly type: "evaluated"; readonly id: number; readonly verdict: AreaVerdict }
  | { readonly type: "explained"; readonly fact: string; readonly evaluationId: number; readonly outcomes: readonly AnswerOutcome[] }
  | { readonly type: "whatIfFound"; readonly evaluationId: number; readonly changes: readonly WhatIfChange[] }
  | { readonly type: "openSave"; readonly path: string }
  | { readonly type: "save" }
  | { readonly type: "saved"; readonly path: string }
  | { readonly type: "saveFailed"; readonly message: string }
  | { readonly type: "restart" }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "quit"; readonly code: number };

const freshQuestion = { kind: "question", cursor: 0, draft: "", picked: [] } as const;

export function initialState(context: WizardContext, area?: string): WizardState {
  const base: WizardState = {
    screen: { kind: "areas", filter: "", cursor: 0 },
    text: "",
    described: [],
    answers: [],
    evaluation: { id: 0, pending: false },
    showHelp: false,
    showTrace: false,
    log: [],
    session: 0,
  };
  return area !== undefined && context.knowledge.areas.has(area) ? startArea(context, base, area) : base;
}

// ---------- selectors (pure, used by components and hooks) ----------

/** Everything known so far: the description's facts, overridden by answers; "not sure" leaves a fact out. */
export function factsOf(state: WizardState): FactValues {
  const facts: Record<string, FactValue> = {};
  for (const fact of state.described) facts[fact.name] = fact.value;
  for (const answer of state.answers) {
    if (answer.value === undefined) delete facts[answer.fact];
    else facts[answer.fact] = answer.value;
  }
  return facts;
}

/** Rows of the start screen: "describe" (when a reader is injected) then the areas matching the filter. */
export type AreaRow = { readonly kind: "describe" } | { readonly kind: "area"; readonly id: string; readonly title: string; readonly summary: string };

export function areaRows(context: WizardContext, screen: Screen & { kind: "areas" }): AreaRow[] {
  const words = screen.filter.toLowerCase().split(/\s+/).filter(Boolean);
  const areas = [...context.knowledge.areas.values()]
    .filter((area) => screen.only === undefined || screen.only.includes(area.area))
    .filter((area) => {
      const haystack = `${area.area} ${area.title} ${area.summary}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    })
    .map((area): AreaRow => ({ kind: "area", id: area.area, title: area.title, summary: area.summary }));
  const describe = context.readFacts !== undefined && screen.only === undefined && words.length === 0;
  return describe ? [{ kind: "describe" }, ...areas] : areas;
}

/** Facts the area still needs, most influential first: open, not already given, not skipped. */
export function askableFacts(context: WizardContext, state: WizardState, verdict: AreaVerdict): string[] {
  if (verdict.settled) return [];
  const facts = factsOf(state);
  const skipped = new Set(state.answers.filter((a) => a.value === undefined).map((a) => a.fact));
  return verdict.openFacts.filter((fact) => context.knowledge.facts.has(fact) && !Object.hasOwn(facts, fact) && !skipped.has(fact));
}

// ---------- the reducer ----------

export function reduceWizard(context: WizardContext, state: WizardState, action: WizardAction): WizardState {
  if (state.exitCode !== undefined) return state;
  switch (action.type) {
    case "key": {
      let next = state;
      for (const press of splitPress(action.press, state.screen.kind === "describe")) {
        const keyAction = actionForKey(context, next, press, action.now, action.metrics);
        if (keyAction) next = reduceWizard(context, next, keyAction);
      }
      return next;
    }
    case "quit":
      return { ...state, exitCode: action.code };
    case "failed":
      return { ...state, failure: action.message, exitCode: 70 };
    case "restart":
      return {
        ...initialState(context),
        screen: { kind: "areas", filter: "", cursor: restartCursor(context, state.area) },
        session: state.session + 1,
      };
    case "evaluated":
      return evaluated(context, state, action.id, action.verdict);
    case "explained":
      return { ...state, why: { fact: action.fact, evaluationId: action.evaluationId, outcomes: action.outcomes } };
    case "whatIfFound":
      return action.evaluationId === state.evaluation.id ? { ...state, whatIf: { evaluationId: action.evaluationId, changes: action.changes } } : state;
    case "saved":
      return {
        ...state,
        screen: { kind: "result", scroll: state.screen.kind === "result" ? state.screen.scroll : 0 },
        notice: `Saved ${action.path}. Check it any time with: aws-scenario check ${action.path}`,
        log: append(state.log, { kind: "saved", path: action.path }),
      };
    case "saveFailed":
      return state.screen.kind === "saving" ? { ...state, screen: { kind: "save", path: state.screen.path, error: action.message } } : state;
    default:
      return reduceOnScreen(context, state, action);
  }
}

function reduceOnScreen(context: WizardContext, state: WizardState, action: WizardAction): WizardState {
  const screen = state.screen;
  switch (screen.kind) {
    case "areas":
      return onAreas(context, state, screen, action);
    case "describe":
      return onDescribe(context, state, screen, action);
    case "review":
      return onReview(context, state, screen, action);
    case "question":
      return onQuestion(context, state, screen, action);
    case "result":
      return onResult(context, state, screen, action);
    case "save":
      return onSave(state, screen, action);
    case "saving":
      return state;
  }
}

function onAreas(context: WizardContext, state: WizardState, screen: Screen & { kind: "areas" }, action: WizardAction): WizardState {
  const rows = areaRows(context, screen);
  switch (action.type) {
    case "move":
      return { ...state, screen: { ...screen, cursor: clamp(screen.cursor + action.delta, 0, rows.length - 1) } };
    case "type":
      return { ...state, screen: { ...screen, filter: screen.filter + printable(action.text), cursor: 0 } };
    case "erase":
      return { ...state, screen: { ...screen, filter: screen.filter.slice(0, -1), cursor: 0 } };
    case "clearText":
      return { ...state, screen: { ...screen, filter: "", cursor: 0 } };
    case "choose": {
      const row = rows[clamp(screen.cursor, 0, rows.length - 1)];
      if (!row) return state;
      if (row.kind === "describe") return reduceWizard(context, state, { type: "startDescribe" });
      return reduceWizard(context, state, { type: "pickArea", area: row.id });
    }
    case "startDescribe":
      return context.readFacts ? { ...state, screen: { kind: "describe", text: state.text } } : state;
    case "pickArea": {
      if (!context.knowledge.areas.has(action.area)) return state;
      // Facts from a description carry over only when the area is one the description pointed to.
      const keep = screen.only !== undefined ? state.described : [];
      return startArea(context, { ...state, described: keep }, action.area);
    }
    case "back":
      if (screen.filter !== "") return { ...state, screen: { ...screen, filter: "", cursor: 0 } };
      if (screen.only !== undefined) return { ...state, screen: { kind: "review", cursor: 0, ignored: 0 } };
      return state;
    default:
      return state;
  }
}

function onDescribe(context: WizardContext, state: WizardState, screen: Screen & { kind: "describe" }, action: WizardAction): WizardState {
  switch (action.type) {
    case "type":
      return { ...state, screen: { ...screen, text: screen.text + printable(action.text) } };
    case "erase":
      return { ...state, screen: { ...screen, text: screen.text.slice(0, -1) } };
    case "clearText":
      return { ...state, screen: { ...screen, text: "" } };
    case "described": {
      const { facts, ignored } = acceptDescribed(context, action.facts);
      return { ...state, text: screen.text, described: facts, screen: { kind: "review", cursor: 0, ignored } };
    }
    case "back":
      return { ...state, text: screen.text, screen: { kind: "areas", filter: "", cursor: 0 } };
    default:
      return state;
  }
}

/** Keeps only facts the catalog knows with values it accepts; reports how many were dropped. */
export function acceptDescribed(context: WizardContext, facts: ReturnType<ReadFacts>): { facts: DescribedFact[]; ignored: number } {
  const accepted: DescribedFact[] = [];
  for (const fact of facts) {
    const definition = context.knowledge.facts.get(fact.name);
    if (!definition || checkFactValue(definition, fact.value) || accepted.some((a) => a.name === fact.name)) continue;
    accepted.push({ name: fact.name, value: fact.value, evidence: fact.evidence });
  }
  return { facts: accepted, ignored: facts.length - accepted.length };
}

function onReview(context: WizardContext, state: WizardState, screen: Screen & { kind: "review" }, action: WizardAction): WizardState {
  const rows = state.described.length + 1; // the facts, then "Continue"
  const current = state.described[screen.cursor];
  switch (action.type) {
    case "move":
      return { ...state, screen: { ...screen, cursor: clamp(screen.cursor + action.delta, 0, rows - 1) } };
    case "cycleFact": {
      if (!current) return state;
      const definition = context.knowledge.facts.get(current.name);
      let value = current.value;
      if (definition?.type === "boolean") value = value !== true;
      else if (definition?.type === "enum") value = definition.values[(definition.values.indexOf(String(value)) + 1) % definition.values.length]!;
      else return { ...state, notice: "Remove it with x and the wizard will ask the question instead." };
      return { ...state, notice: undefined, described: state.described.map((f, i) => (i === screen.cursor ? { ...f, value } : f)) };
    }
    case "removeFact":
      if (!current) return state;
      return {
        ...state,
        notice: undefined,
        described: state.described.filter((_, i) => i !== screen.cursor),
        screen: { ...screen, cursor: clamp(screen.cursor, 0, rows - 2) },
      };
    case "choose":
    case "confirmFacts": {
      const areas = areasReading(context, state.described.map((f) => f.name));
      const log = state.described.length > 0 ? append(state.log, { kind: "described", facts: state.described.map((f) => describeFact(context, f)) }) : state.log;
      if (areas.length === 1) return startArea(context, { ...state, log, notice: undefined }, areas[0]!);
      if (areas.length === 0)
        return {
          ...state,
          described: [],
          notice: "Nothing in the description points to a decision area; pick one yourself.",
          screen: { kind: "areas", filter: "", cursor: 0 },
        };
      return { ...state, log, notice: undefined, screen: { kind: "areas", filter: "", cursor: 0, only: areas } };
    }
    case "back":
      return { ...state, notice: undefined, screen: { kind: "describe", text: state.text } };
    default:
      return state;
  }
}

function describeFact(context: WizardContext, fact: DescribedFact): string {
  const definition = context.knowledge.facts.get(fact.name);
  return `${definition?.question ?? fact.name} ${formatValue(definition, fact.value)}`;
}

function areasReading(context: WizardContext, facts: readonly string[]): string[] {
  const areas = new Set<string>();
  for (const name of facts) for (const area of context.knowledge.facts.get(name)?.areas ?? []) if (context.knowledge.areas.has(area)) areas.add(area);
  return [...areas].sort();
}

function onQuestion(context: WizardContext, state: WizardState, screen: Screen & { kind: "question" }, action: WizardAction): WizardState {
  if (action.type === "back") return back(context, state);
  const definition = screen.fact === undefined ? undefined : context.knowledge.facts.get(screen.fact);
  if (!definition || state.evaluation.pending) return state;
  const choices = choicesFor(definition);
  switch (action.type) {
    case "move":
      return choices.length === 0 ? state : { ...state, screen: { ...screen, cursor: clamp(screen.cursor + action.delta, 0, choices.length - 1) } };
    case "toggleHelp":
      return { ...state, showHelp: !state.showHelp };
    case "type":
      if (definition.type !== "number") return state;
      return { ...state, screen: { ...screen, draft: screen.draft + action.text.replace(/[^0-9.\-]/g, ""), error: undefined } };
    case "erase":
      return { ...state, screen: { ...screen, draft: screen.draft.slice(0, -1), error: undefined } };
    case "clearText":
      return { ...state, screen: { ...screen, draft: "", error: undefined } };
    case "toggleChoice": {
      const row = action.row ?? screen.cursor;
      const choice = choices[row];
      if (definition.type !== "enum-list" || typeof choice?.value !== "string") return state;
      const item = choice.value;
      const picked = screen.picked.includes(item) ? screen.picked.filter((p) => p !== item) : [...screen.picked, item];
      return { ...state, screen: { ...screen, cursor: row, picked: definition.values.filter((v) => picked.includes(v)) } };
    }
    case "choose": {
      if (definition.type === "number") {
        const text = screen.draft.trim();
        if (text === "") return answer(context, state, screen.fact!, undefined);
        const value = Number(text);
        const wrong = Number.isFinite(value) ? checkFactValue(definition, value) : { message: `type a number of ${definition.unit}`, fix: "" };
        return wrong ? { ...state, screen: { ...screen, error: wrong.message } } : answer(context, state, screen.fact!, value);
      }
      const choice = choices[screen.cursor];
      if (!choice || choice.skip) return answer(context, state, screen.fact!, undefined);
      if (definition.type === "enum-list") return answer(context, state, screen.fact!, screen.picked);
      return answer(context, state, screen.fact!, choice.value);
    }
    case "answer":
      return checkFactValue(definition, action.value) ? state : answer(context, state, screen.fact!, action.value);
    case "skip":
      return answer(context, state, screen.fact!, undefined);
    default:
      return state;
  }
}

function answer(context: WizardContext, state: WizardState, fact: string, value: FactValue | undefined): WizardState {
  const definition = context.knowledge.facts.get(fact);
  return evaluate({
    ...state,
    answers: [...state.answers, { fact, value }],
    log: append(state.log, { kind: "answer", question: definition?.question ?? fact, answer: formatValue(definition, value) }),
    screen: { ...freshQuestion },
    notice: undefined,
  });
}

/** Goes back one step: reopens the last question with its answer highlighted, or leaves the area. */
function back(context: WizardContext, state: WizardState): WizardState {
  const last = state.answers.at(-1);
  if (!last) {
    if (state.described.length > 0) return { ...state, area: undefined, verdict: undefined, screen: { kind: "review", cursor: 0, ignored: 0 } };
    return { ...state, area: undefined, verdict: undefined, screen: { kind: "areas", filter: "", cursor: restartCursor(context, state.area) } };
  }
  const definition = context.knowledge.facts.get(last.fact);
  const question = definition?.question ?? last.fact;
  return evaluate({
    ...state,
    answers: state.answers.slice(0, -1),
    log: append(state.log, { kind: "back", question }),
    notice: undefined,
    screen: {
      kind: "question",
      fact: last.fact,
      cursor: definition ? cursorFor(definition, last.value) : 0,
      draft: typeof last.value === "number" ? String(last.value) : "",
      picked: Array.isArray(last.value) ? [...(last.value as readonly string[])] : [],
    },
  });
}

function onResult(context: WizardContext, state: WizardState, screen: Screen & { kind: "result" }, action: WizardAction): WizardState {
  switch (action.type) {
    case "back":
      return back(context, state);
    case "toggleTrace":
      return { ...state, showTrace: !state.showTrace };
    case "scroll":
    case "move": {
      const max = action.type === "scroll" ? action.max : Number.MAX_SAFE_INTEGER;
      return { ...state, screen: { ...screen, scroll: clamp(screen.scroll + action.delta, 0, Math.max(0, max)) } };
    }
    case "openSave":
      return state.area === undefined ? state : { ...state, notice: undefined, screen: { kind: "save", path: action.path } };
    default:
      return state;
  }
}

function onSave(state: WizardState, screen: Screen & { kind: "save" }, action: WizardAction): WizardState {
  switch (action.type) {
    case "type":
      return { ...state, screen: { ...screen, path: screen.path + printable(action.text), error: undefined } };
    case "erase":
      return { ...state, screen: { ...screen, path: screen.path.slice(0, -1), error: undefined } };
    case "clearText":
      return { ...state, screen: { ...screen, path: "", error: undefined } };
    case "choose":
    case "save":
      return screen.path.trim() === ""
        ? { ...state, screen: { ...screen, error: "type a file name" } }
        : { ...state, screen: { kind: "saving", path: screen.path.trim() } };
    case "back":
      return { ...state, screen: { kind: "result", scroll: 0 } };
    default:
      return state;
  }
}

// ---------- evaluation round trips ----------

function startArea(context: WizardContext, state: WizardState, area: string): WizardState {
  const title = context.knowledge.areas.get(area)?.title ?? area;
  return evaluate({
    ...state,
    area,
    answers: [],
    verdict: undefined,
    why: undefined,
    whatIf: undefined,
    showTrace: false,
    log: append(state.log, { kind: "area", title }),
    screen: { ...freshQuestion },
  });
}

/** Marks the facts as changed: a hook evaluates them and answers with `evaluated`. */
function evaluate(state: WizardState): WizardState {
  return { ...state, evaluation: { id: state.evaluation.id + 1, pending: true }, whatIf: undefined };
}

function evaluated(context: WizardContext, state: WizardState, id: number, verdict: AreaVerdict): WizardState {
  if (id !== state.evaluation.id || !state.evaluation.pending) return state;
  const next: WizardState = { ...state, verdict, evaluation: { id, pending: false } };
  const screen = state.screen;
  if (screen.kind !== "question") return next;
  const askable = askableFacts(context, next, verdict);
  if (askable.length === 0) return { ...next, screen: { kind: "result", scroll: 0 } };
  // Going back reopens a question on purpose: keep it while it can still matter.
  if (screen.fact !== undefined && askable.includes(screen.fact)) return next;
  return { ...next, screen: { ...freshQuestion, fact: askable[0]! } };
}

// ---------- helpers ----------

function append(log: readonly LogEntry[], entry: DistributiveOmit<LogEntry, "id">): readonly LogEntry[] {
  return [...log, { ...entry, id: (log.at(-1)?.id ?? 0) + 1 } as LogEntry];
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function restartCursor(context: WizardContext, area: string | undefined): number {
  const rows = areaRows(context, { kind: "areas", filter: "", cursor: 0 });
  return Math.max(0, rows.findIndex((row) => row.kind === "area" && row.id === area));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** Typed or pasted text without control characters; line breaks become spaces. */
function printable(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
}

// Drives the pure reducer the way the app does: after each action, runs the evaluation it asks for.
import { Evaluator } from "../../src/core/evaluate.js";
import type { Knowledge } from "../../src/core/load-knowledge.js";
import type { KeyPress } from "../../src/ui/keymap.js";
import { factsOf, reduceWizard, type WizardAction, type WizardContext, type WizardState } from "../../src/ui/wizard-state.js";

export const NOW = new Date(2025, 2, 4, 5, 6, 7);

export function driver(knowledge: Knowledge, readFacts?: WizardContext["readFacts"]) {
  const context: WizardContext = { knowledge, readFacts };
  const evaluator = new Evaluator(knowledge);
  async function settle(state: WizardState): Promise<WizardState> {
    while (state.evaluation.pending && state.area !== undefined) {
      const verdict = (await evaluator.evaluate(factsOf(state), [state.area])).areas[0]!;
      state = reduceWizard(context, state, { type: "evaluated", id: state.evaluation.id, verdict });
    }
    return state;
  }
  return {
    context,
    evaluator,
    settle,
    /** Applies the actions in turn, evaluating after each as the app would. */
    async run(state: WizardState, ...actions: WizardAction[]): Promise<WizardState> {
      state = await settle(state);
      for (const action of actions) state = await settle(reduceWizard(context, state, action));
      return state;
    },
    /** The same for keys. */
    async keys(state: WizardState, ...presses: (KeyPress | string)[]): Promise<WizardState> {
      state = await settle(state);
      for (const press of presses) {
        const key = typeof press === "string" ? { input: press } : press;
        state = await settle(reduceWizard(context, state, { type: "key", press: key, now: NOW }));
      }
      return state;
    },
  };
}

export const ENTER: KeyPress = { input: "\r", return: true };
export const DOWN: KeyPress = { input: "", downArrow: true };
export const UP: KeyPress = { input: "", upArrow: true };
export const ESC: KeyPress = { input: "", escape: true, meta: true };
export const LEFT: KeyPress = { input: "", leftArrow: true };
export const BACKSPACE: KeyPress = { input: "", delete: true };
export const CTRL_C: KeyPress = { input: "c", ctrl: true };

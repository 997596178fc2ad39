import { useCallback, useReducer, type Dispatch } from "react";
import { initialState, reduceWizard, type WizardAction, type WizardContext, type WizardState } from "../wizard-state.js";

/** The wizard's one reducer, bound to its knowledge. */
export function useWizard(context: WizardContext, area?: string): [WizardState, Dispatch<WizardAction>] {
  const reducer = useCallback((state: WizardState, action: WizardAction) => reduceWizard(context, state, action), [context]);
  return useReducer(reducer, undefined, () => initialState(context, area));
}

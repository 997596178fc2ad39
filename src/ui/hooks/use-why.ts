import { useEffect, type Dispatch } from "react";
import type { WizardEngine } from "../wizard-engine.js";
import { factsOf, type WizardAction, type WizardState } from "../wizard-state.js";

/** With `?` on, works out what each answer to the current question would lead to. */
export function useWhy(state: WizardState, dispatch: Dispatch<WizardAction>, engine: WizardEngine): void {
  const fact = state.screen.kind === "question" ? state.screen.fact : undefined;
  const { id, pending } = state.evaluation;
  const known = state.why?.fact === fact && state.why?.evaluationId === id;
  useEffect(() => {
    if (!state.showHelp || fact === undefined || pending || known || state.area === undefined) return;
    engine.outcomes(state.area, factsOf(state), fact).then(
      (outcomes) => dispatch({ type: "explained", fact, evaluationId: id, outcomes }),
      (error: Error) => dispatch({ type: "failed", message: error.stack ?? String(error) }),
    );
  }, [state.showHelp, fact, id, pending, known]);
}

import { useEffect, type Dispatch } from "react";
import type { WizardEngine } from "../wizard-engine.js";
import { factsOf, type WizardAction, type WizardState } from "../wizard-state.js";

/** Evaluates the facts whenever the reducer asks for it and reports the verdict back. */
export function useEvaluation(state: WizardState, dispatch: Dispatch<WizardAction>, engine: WizardEngine): void {
  const { id, pending } = state.evaluation;
  useEffect(() => {
    if (!pending || state.area === undefined) return;
    engine.evaluate(state.area, factsOf(state)).then(
      (verdict) => dispatch({ type: "evaluated", id, verdict }),
      (error: Error) => dispatch({ type: "failed", message: error.stack ?? String(error) }),
    );
    // Only a new evaluation id asks for work; the rest of the state is read as it was then.
  }, [id, pending]);
}

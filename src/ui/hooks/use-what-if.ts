import { useEffect, type Dispatch } from "react";
import type { WizardEngine } from "../wizard-engine.js";
import { factsOf, type WizardAction, type WizardState } from "../wizard-state.js";

/** On the result screen, finds the smallest changed answers that would flip the recommendation. */
export function useWhatIf(state: WizardState, dispatch: Dispatch<WizardAction>, engine: WizardEngine): void {
  const onResult = state.screen.kind === "result";
  const { id } = state.evaluation;
  const known = state.whatIf?.evaluationId === id;
  useEffect(() => {
    if (!onResult || known || state.area === undefined) return;
    engine.whatIf(state.area, factsOf(state)).then(
      (changes) => dispatch({ type: "whatIfFound", evaluationId: id, changes }),
      (error: Error) => dispatch({ type: "failed", message: error.stack ?? String(error) }),
    );
  }, [onResult, id, known]);
}

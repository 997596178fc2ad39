import { useInput } from "ink";
import { useCallback, useRef, type Dispatch } from "react";
import type { ViewMetrics } from "../keymap.js";
import type { WizardAction } from "../wizard-state.js";

/** Hands every key to the reducer, which decides what it means on the screen it is showing. */
export function useKeys(dispatch: Dispatch<WizardAction>, metrics: ViewMetrics): void {
  const latest = useRef(metrics);
  latest.current = metrics;
  const onKey = useCallback(
    (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) =>
      dispatch({ type: "key", press: { ...key, input }, now: new Date(), metrics: latest.current }),
    [dispatch],
  );
  useInput(onKey);
}

import { useApp } from "ink";
import { useEffect } from "react";
import type { WizardState } from "../wizard-state.js";

/** Unmounts when the reducer sets an exit code, and reports the code (and any failure) to the caller. */
export function useExit(state: WizardState, onExit: (code: number, failure?: string) => void): void {
  const { exit } = useApp();
  useEffect(() => {
    if (state.exitCode === undefined) return;
    onExit(state.exitCode, state.failure);
    exit();
  }, [state.exitCode, state.failure, onExit, exit]);
}

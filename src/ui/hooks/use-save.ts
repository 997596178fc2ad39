import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { useEffect, type Dispatch } from "react";
import { scenarioYaml } from "../scenario-file.js";
import { factsOf, type WizardAction, type WizardContext, type WizardState } from "../wizard-state.js";

/** Writes the scenario file when the reducer reaches "saving"; never overwrites an existing file. */
export function useSave(state: WizardState, dispatch: Dispatch<WizardAction>, context: WizardContext, cwd: string): void {
  const path = state.screen.kind === "saving" ? state.screen.path : undefined;
  useEffect(() => {
    if (path === undefined || state.area === undefined || state.verdict === undefined) return;
    const yaml = scenarioYaml({
      knowledge: context.knowledge,
      area: state.area,
      facts: factsOf(state),
      verdict: state.verdict,
      text: state.described.length > 0 ? state.text : undefined,
      now: new Date(),
    });
    try {
      writeFileSync(resolve(cwd, path), yaml, { flag: "wx" });
      dispatch({ type: "saved", path });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        code === "EEXIST" ? "that file already exists; change the name" : code === "ENOENT" ? "that folder does not exist" : (error as Error).message;
      dispatch({ type: "saveFailed", message });
    }
  }, [path]);
}

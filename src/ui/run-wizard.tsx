// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
// Starts the Ink app on the real terminal and turns the way it ended into an exit code. Loaded only
// by a dynamic import once we know stdin and stdout are terminals.
import { render } from "ink";
import type { Knowledge } from "../core/load-knowledge.js";
import { App } from "./components/App.js";
import { themeFor } from "./theme.js";
import { createWizardEngine } from "./wizard-engine.js";
import type { ReadFacts } from "./wizard-state.js";

export interface WizardOptions {
  readonly knowledge: Knowledge;
  readonly area?: string;
  readonly readFacts?: ReadFacts;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Where a bug's message goes after the screen is restored. */
  readonly err: (text: string) => void;
}

export async function runWizard(options: WizardOptions): Promise<number> {
  let code = 0;
  let failure: string | undefined;
  const context = { knowledge: options.knowledge, readFacts: options.readFacts };
  const instance = render(
    <App
      context={context}
      engine={createWizardEngine(options.knowledge)}
      theme={themeFor(options.env)}
      area={options.area}
      cwd={options.cwd}
      onExit={(exitCode, message) => {
        code = exitCode;
        failure = message;
      }}
    />,
    // Ctrl+C is ours: the app unmounts cleanly first, then the process exits with 130.
    { exitOnCtrlC: false, patchConsole: false },
  );
  // A SIGINT that arrives outside raw mode (for example while Ink starts) ends the same way.
  const onSignal = () => {
    code = 130;
    instance.unmount();
  };
  process.once("SIGINT", onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    process.removeListener("SIGINT", onSignal);
    instance.cleanup();
  }
  if (failure) options.err(`aws-scenario: internal error (a bug, please report it): ${failure}\n`);
  return code;
}

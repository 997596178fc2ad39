// Renders the wizard with ink-testing-library and types at it like a person: one key, then wait for
// the screen to show what that key should lead to (polling, never fixed sleeps).
import { render } from "ink-testing-library";
import type { Knowledge } from "../../src/core/load-knowledge.js";
import { App } from "../../src/ui/components/App.js";
import { plainTheme } from "../../src/ui/theme.js";
import { createWizardEngine } from "../../src/ui/wizard-engine.js";
import type { ReadFacts } from "../../src/ui/wizard-state.js";

export const KEY = { enter: "\r", down: "\u001B[B", up: "\u001B[A", left: "\u001B[D", escape: "\u001B", backspace: "\u007F", ctrlU: "\u0015", ctrlC: "\u0003" };

export function startWizard(knowledge: Knowledge, options: { area?: string; cwd?: string; readFacts?: ReadFacts } = {}) {
  const exits: number[] = [];
  const app = render(
    <App
      context={{ knowledge, readFacts: options.readFacts }}
      engine={createWizardEngine(knowledge)}
      theme={plainTheme}
      area={options.area}
      cwd={options.cwd ?? process.cwd()}
      onExit={(code) => exits.push(code)}
    />,
  );
  let keystrokes = 0;
  const frame = () => app.lastFrame() ?? "";
  async function waitFor(predicate: (frame: string) => boolean, what: string, timeoutMs = 5000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = frame();
      if (predicate(current)) return current;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen shows:\n${current}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  return {
    app,
    exits,
    frame,
    waitFor,
    get keystrokes() {
      return keystrokes;
    },
    /** Sends one key (or one pasted string) and lets Ink process it. */
    async press(data: string) {
      keystrokes++;
      app.stdin.write(data);
      await new Promise((resolve) => setTimeout(resolve, 5));
    },
    /** Sends text one character at a time, as typing does. */
    async type(text: string) {
      for (const char of text) await this.press(char);
    },
  };
}

export type Wizard = ReturnType<typeof startWizard>;

/** The live part of a frame: from the current question's header on (debug frames repeat the transcript). */
export function liveQuestion(frame: string, number: number): string | undefined {
  const at = frame.lastIndexOf(`Question ${number} ·`);
  return at < 0 || frame.slice(at).includes("Thinking…") ? undefined : frame.slice(at);
}

export function isResult(frame: string): boolean {
  return /✔ Recommended:|No recommendation:/.test(frame) && frame.includes("s save · r restart");
}

/** The frame as one line, so checks do not depend on where text wraps. */
export function flat(frame: string): string {
  return frame.replace(/\s+/g, " ");
}

/** The names after "✔ Recommended:" on the result screen. */
export function recommendedNames(frame: string): string[] {
  return [...frame.matchAll(/✔ Recommended: (.+?) {2}\(score/g)].map((m) => m[1]!);
}

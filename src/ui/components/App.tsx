// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import { useMemo } from "react";
import { rulesReading } from "../../core/what-if.js";
import { leaning } from "../describe-rule.js";
import { useEvaluation } from "../hooks/use-evaluation.js";
import { useExit } from "../hooks/use-exit.js";
import { useKeys } from "../hooks/use-keys.js";
import { useSave } from "../hooks/use-save.js";
import { useTerminalSize } from "../hooks/use-terminal-size.js";
import { useWhatIf } from "../hooks/use-what-if.js";
import { useWhy } from "../hooks/use-why.js";
import { useWizard } from "../hooks/use-wizard.js";
import { resultLines, wrapLines } from "../result-lines.js";
import type { Theme } from "../theme.js";
import type { WizardEngine } from "../wizard-engine.js";
import { areaRows, askableFacts, type WizardContext } from "../wizard-state.js";
import { AreaPicker } from "./AreaPicker.js";
import { DescribeInput } from "./DescribeInput.js";
import { FactReview } from "./FactReview.js";
import { KeyHints } from "./KeyHints.js";
import { QuestionView } from "./QuestionView.js";
import { ResultView } from "./ResultView.js";
import { SavePrompt } from "./SavePrompt.js";
import { ThemeContext } from "./ThemeContext.js";
import { Toned } from "./Toned.js";
import { Transcript } from "./Transcript.js";

export type Props = {
  readonly context: WizardContext;
  /** Runs the evaluations, one at a time. */
  readonly engine: WizardEngine;
  readonly theme: Theme;
  /** Start in this area instead of on the area list. */
  readonly area?: string;
  /** Where relative save paths are resolved. */
  readonly cwd: string;
  /** Called once with the exit code (0 quit, 130 Ctrl+C, 70 a bug) before the app unmounts. */
  readonly onExit: (code: number, failure?: string) => void;
};

/** The wizard: wires the reducer to the hooks that evaluate and save, and picks the screen to show. */
export function App({ context, engine, theme, area, cwd, onExit }: Props) {
  const [state, dispatch] = useWizard(context, area);
  const { columns, rows } = useTerminalSize();
  const { knowledge } = context;
  // Ink redraws the live part in place only while it is shorter than the terminal.
  const noticeLines = state.notice ? Math.ceil(state.notice.length / Math.max(1, columns)) : 0;
  const height = Math.max(6, rows - 2 - noticeLines);

  const lines = useMemo(
    () =>
      state.screen.kind === "result" && state.verdict
        ? wrapLines(resultLines({ verdict: state.verdict, knowledge, whatIf: state.whatIf?.changes, showTrace: state.showTrace }), columns - 1)
        : [],
    [state.screen.kind, state.verdict, state.whatIf, state.showTrace, knowledge, columns],
  );
  const resultHeight = height - 1;
  useKeys(dispatch, { scrollMax: Math.max(0, lines.length - resultHeight), page: Math.max(1, resultHeight - 2) });
  useEvaluation(state, dispatch, engine);
  useWhy(state, dispatch, engine);
  useWhatIf(state, dispatch, engine);
  useSave(state, dispatch, context, cwd);
  useExit(state, onExit);

  const screen = state.screen;
  const fact = screen.kind === "question" && screen.fact !== undefined ? knowledge.facts.get(screen.fact) : undefined;
  const areaDefinition = state.area === undefined ? undefined : knowledge.areas.get(state.area);

  let body;
  switch (screen.kind) {
    case "areas":
      body = <AreaPicker rows={areaRows(context, screen)} cursor={screen.cursor} filter={screen.filter} fromDescription={screen.only !== undefined} height={height - 3} />;
      break;
    case "describe":
      body = <DescribeInput text={screen.text} />;
      break;
    case "review":
      body = <FactReview facts={state.described} knowledge={knowledge} cursor={screen.cursor} ignored={screen.ignored} height={height - 3} />;
      break;
    case "question":
      body = (
        <QuestionView
          areaTitle={areaDefinition?.title ?? ""}
          definition={state.evaluation.pending && screen.fact === undefined ? undefined : fact}
          number={state.answers.length + 1}
          cursor={screen.cursor}
          draft={screen.draft}
          picked={screen.picked}
          error={screen.error}
          leaning={leaning(state.verdict, knowledge)}
          open={state.verdict ? askableFacts(context, state, state.verdict).length : 0}
          answered={state.answers.filter((a) => a.value !== undefined).length + state.described.length}
          showWhy={state.showHelp}
          readings={areaDefinition && screen.fact ? rulesReading(areaDefinition, screen.fact) : []}
          outcomes={state.why && state.why.fact === screen.fact && state.why.evaluationId === state.evaluation.id ? state.why.outcomes : undefined}
          knowledge={knowledge}
          columns={columns}
          height={height - 1}
        />
      );
      break;
    case "result":
      body = <ResultView lines={lines} scroll={screen.scroll} height={resultHeight} />;
      break;
    case "save":
    case "saving":
      body = <SavePrompt path={screen.path} error={screen.kind === "save" ? screen.error : undefined} saving={screen.kind === "saving"} />;
      break;
  }

  return (
    <ThemeContext.Provider value={theme}>
      <Transcript key={state.session} entries={state.log} width={columns} />
      <Box flexDirection="column" width={columns}>
        {body}
        {state.notice && <Toned tone="warn">{state.notice}</Toned>}
        <KeyHints screen={screen} definition={fact} trace={state.showTrace} />
      </Box>
    </ThemeContext.Provider>
  );
}

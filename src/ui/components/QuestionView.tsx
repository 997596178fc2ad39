// @jsxRuntime automatic (so JSX works when tsx runs from a folder without our tsconfig)
import { Box } from "ink";
import type { FactDefinition } from "../../core/knowledge-schema.js";
import type { Knowledge } from "../../core/load-knowledge.js";
import type { AnswerOutcome, RuleReading } from "../../core/what-if.js";
import { choicesFor } from "../choices.js";
import { LeaningPanel } from "./LeaningPanel.js";
import { SelectList } from "./SelectList.js";
import { TextField } from "./TextField.js";
import { Toned } from "./Toned.js";
import { WhyPanel } from "./WhyPanel.js";

export type Props = {
  /** The area's title, shown above the question. */
  readonly areaTitle: string;
  /** The fact asked about; undefined while the first evaluation runs. */
  readonly definition?: FactDefinition;
  /** 1 for the first question. */
  readonly number: number;
  readonly cursor: number;
  /** Typed text of a number answer. */
  readonly draft: string;
  /** Ticked items of a list question. */
  readonly picked: readonly string[];
  /** Why the last typed answer was refused. */
  readonly error?: string;
  readonly leaning: string;
  readonly open: number;
  readonly answered: number;
  /** `?` pressed: explain the question. */
  readonly showWhy: boolean;
  readonly readings: readonly RuleReading[];
  readonly outcomes?: readonly AnswerOutcome[];
  readonly knowledge: Knowledge;
  readonly columns: number;
  /** Lines the whole view may use. */
  readonly height: number;
};

const PANEL_WIDTH = 28;

/** One question with its choices, the side panel with the current leaning, and `?` help. */
export function QuestionView(props: Props) {
  const { definition, columns, height } = props;
  const side = columns >= 70;
  const mainWidth = side ? columns - PANEL_WIDTH - 2 : columns;
  const panel = <LeaningPanel leaning={props.leaning} open={props.open} answered={props.answered} width={side ? PANEL_WIDTH : undefined} />;
  const choices = definition ? choicesFor(definition) : [];
  // Lines left for the list after the title, question (up to 3 lines), help, spacing and, when narrow, the panel.
  const listHeight = Math.max(3, height - 7 - (side ? 0 : 5) - (props.showWhy ? 8 : 0));
  return (
    <Box flexDirection={side ? "row" : "column"}>
      <Box flexDirection="column" width={mainWidth} marginRight={side ? 2 : 0}>
        <Toned tone="dim" wrap="truncate-end">
          Question {props.number} · {props.areaTitle}
        </Toned>
        {!definition ? (
          <Toned tone="dim">Thinking…</Toned>
        ) : (
          <>
            <Toned tone="title">{definition.question}</Toned>
            {!props.showWhy && <Toned tone="dim">{definition.help}</Toned>}
            <Box marginTop={1} flexDirection="column">
              {definition.type === "number" ? (
                <TextField value={props.draft} placeholder="type a number" suffix={definition.unit} />
              ) : (
                <SelectList
                  numbered
                  height={listHeight}
                  cursor={props.cursor}
                  rows={choices.map((choice) => ({
                    label: choice.label,
                    ticked: definition.type === "enum-list" && !choice.skip ? props.picked.includes(String(choice.value)) : undefined,
                  }))}
                />
              )}
              {props.error && <Toned tone="bad">{props.error}</Toned>}
            </Box>
            {props.showWhy && (
              <WhyPanel
                definition={definition}
                readings={props.readings}
                outcomes={props.outcomes}
                knowledge={props.knowledge}
                maxRules={Math.max(2, height - 12 - choices.length)}
              />
            )}
          </>
        )}
      </Box>
      {panel}
    </Box>
  );
}

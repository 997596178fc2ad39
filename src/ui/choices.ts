// The choices a question offers, and how answers are written back to the user. Pure.
import type { FactValue } from "../core/evaluate.js";
import type { FactDefinition } from "../core/knowledge-schema.js";

export interface Choice {
  readonly label: string;
  /** The fact value this choice gives (for list questions: the one item it toggles). */
  readonly value?: FactValue;
  /** "Not sure": leave the fact unknown and move on. */
  readonly skip?: true;
}

export const SKIP_LABEL = "Not sure (skip)";

/** Select-list rows for boolean, enum and enum-list questions; numbers are typed, so none. */
export function choicesFor(definition: FactDefinition): Choice[] {
  switch (definition.type) {
    case "boolean":
      return [{ label: "Yes", value: true }, { label: "No", value: false }, { label: SKIP_LABEL, skip: true }];
    case "enum":
    case "enum-list":
      return [...definition.values.map((value) => ({ label: labelOf(definition, value), value })), { label: SKIP_LABEL, skip: true }];
    case "number":
      return [];
  }
}

function labelOf(definition: FactDefinition & { type: "enum" | "enum-list" }, value: string): string {
  return definition.labels?.[value] ?? value;
}

/** An answer in words: "Yes", an enum label, "Email, SMS", "6 replicas". */
export function formatValue(definition: FactDefinition | undefined, value: FactValue | undefined): string {
  if (value === undefined) return SKIP_LABEL;
  if (!definition) return Array.isArray(value) ? value.join(", ") : String(value);
  switch (definition.type) {
    case "boolean":
      return value === true ? "Yes" : "No";
    case "enum":
      return labelOf(definition, String(value));
    case "enum-list": {
      const list = Array.isArray(value) ? (value as readonly string[]) : [];
      return list.length === 0 ? "None of these" : list.map((item) => labelOf(definition, item)).join(", ");
    }
    case "number":
      return `${value} ${definition.unit}`;
  }
}

/** The row to highlight when a question is shown again with an earlier answer. */
export function cursorFor(definition: FactDefinition, value: FactValue | undefined): number {
  const choices = choicesFor(definition);
  if (value === undefined) return definition.type === "enum-list" ? 0 : Math.max(0, choices.findIndex((c) => c.skip));
  if (definition.type === "enum-list") return 0;
  return Math.max(0, choices.findIndex((c) => c.value === value));
}

// A wizard session as a scenario file, in the format `check` and `batch` read. Pure.
import { stringify } from "yaml";
import type { AreaVerdict, FactValues } from "../core/evaluate.js";
import type { Knowledge } from "../core/load-knowledge.js";
import type { ScenarioFile } from "../core/scenario.js";

export interface SessionScenario {
  readonly knowledge: Knowledge;
  readonly area: string;
  readonly facts: FactValues;
  readonly verdict: AreaVerdict;
  /** The description the user typed, if any. */
  readonly text?: string;
  readonly now: Date;
}

/**
 * `expect.recommend` is what was chosen; `expect.avoid` the rejected answers with a reason against them
 * (an answer that merely scored lower is not something to avoid).
 */
export function scenarioFromSession({ knowledge, area, facts, verdict, text, now }: SessionScenario): ScenarioFile {
  const title = knowledge.areas.get(area)?.title ?? area;
  const avoid = verdict.rejected.filter((r) => r.reasonsAgainst.length > 0).map((r) => r.answer);
  const expect: NonNullable<ScenarioFile["expect"]> = {};
  if (verdict.chosen.length > 0) expect.recommend = [...verdict.chosen];
  if (avoid.length > 0) expect.avoid = avoid;
  const description = text?.trim() ? text.trim() : `Answers given in the guided wizard on ${now.toISOString().slice(0, 10)}.`;
  return {
    name: `${title} (wizard session)`,
    description,
    area,
    facts: Object.fromEntries(Object.entries(facts).map(([name, value]) => [name, Array.isArray(value) ? [...value] : value])) as ScenarioFile["facts"],
    ...(Object.keys(expect).length > 0 ? { expect } : {}),
  };
}

export function scenarioYaml(session: SessionScenario): string {
  return stringify(scenarioFromSession(session), { lineWidth: 100 });
}

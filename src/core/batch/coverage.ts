// Which rules the files fired, and which decision-bearing note sections they exercised.
// A section is decision-bearing when a rule's event or an answer cites it; a file exercises it when it
// fires a rule citing it or is recommended an answer whose section it is.
import type { Knowledge } from "../load-knowledge.js";
import { ratio, type Ratio } from "./summary.js";
import type { Touched } from "./results.js";

export interface RuleCoverage {
  readonly area: string;
  readonly rule: string;
  readonly section: string;
  readonly fired: boolean;
}

export interface SectionCoverage {
  readonly section: string;
  readonly exercised: boolean;
}

export interface CoverageReport {
  readonly rules: { readonly ratio: Ratio | null; readonly items: readonly RuleCoverage[] };
  readonly sections: { readonly ratio: Ratio | null; readonly items: readonly SectionCoverage[] };
}

/** Collects what each file touched; memory is bounded by the number of rules and sections, not files. */
export class CoverageTracker {
  private readonly rules = new Set<string>();
  private readonly sections = new Set<string>();

  add(touched: Touched | undefined): void {
    if (!touched) return;
    for (const rule of touched.rules) this.rules.add(rule);
    for (const section of touched.sections) this.sections.add(section);
  }

  report(knowledge: Knowledge): CoverageReport {
    const rules = [...knowledge.areas.values()].flatMap((area) =>
      area.rules.map((rule) => ({
        area: area.area,
        rule: rule.name,
        section: rule.event.params.section,
        fired: this.rules.has(`${area.area}/${rule.name}`),
      })),
    );
    const cited = new Set([...rules.map((r) => r.section), ...[...knowledge.answers.values()].map((a) => a.section)]);
    // In the note's own order; a cited heading the note lacks (lint reports it) goes last.
    const noteOrder = [...knowledge.sections.keys()];
    const ordered = [...noteOrder.filter((title) => cited.has(title)), ...[...cited].filter((title) => !knowledge.sections.has(title)).sort()];
    const sections = ordered.map((section) => ({ section, exercised: this.sections.has(section) }));
    return {
      rules: { ratio: ratio(rules.filter((r) => r.fired).length, rules.length), items: rules },
      sections: { ratio: ratio(sections.filter((s) => s.exercised).length, sections.length), items: sections },
    };
  }
}

/** Coverage below the threshold (0–100) on rules or on sections. */
export function belowThreshold(report: CoverageReport, minimum: number): Array<"rules" | "sections"> {
  return (["rules", "sections"] as const).filter((kind) => (report[kind].ratio?.percent ?? 100) < minimum);
}

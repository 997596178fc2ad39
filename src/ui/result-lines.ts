// The result screen as a list of lines, wrapped to the terminal width so it can scroll at 80×24.
// Pure: the same verdict gives the same lines; the component only paints a window of them.
import type { AreaVerdict, Reason } from "../core/evaluate.js";
import type { Knowledge } from "../core/load-knowledge.js";
import type { WhatIfChange } from "../core/what-if.js";
import { renderRuleTrace } from "../text/render-evaluation.js";
import { plainStyle } from "../text/style.js";
import { formatValue } from "./choices.js";

export type Tone = "title" | "good" | "bad" | "warn" | "info" | "dim" | "plain";

export interface Line {
  readonly text: string;
  readonly tone: Tone;
  /** Spaces before the text, repeated on every wrapped continuation. */
  readonly indent: number;
  /** Extra indent of continuation lines, so a wrapped bullet hangs under its text. */
  readonly hang?: number;
}

export interface ResultInput {
  readonly verdict: AreaVerdict;
  readonly knowledge: Knowledge;
  /** Undefined while it is being worked out. */
  readonly whatIf?: readonly WhatIfChange[];
  readonly showTrace: boolean;
}

export function resultLines({ verdict, knowledge, whatIf, showTrace }: ResultInput): Line[] {
  const name = (id: string) => knowledge.answers.get(id)?.name ?? id;
  const lines: Line[] = [{ text: verdict.title, tone: "title", indent: 0 }];
  const reason = (sign: string, r: Reason, tone: Tone): Line => ({ text: `${sign} ${r.text} [${r.section}]`, tone, indent: 4, hang: 2 });

  if (verdict.chosen.length === 0) lines.push({ text: "No recommendation: the answers given do not favour any option.", tone: "warn", indent: 0 });
  for (const id of verdict.chosen) {
    const ranked = verdict.ranking.find((r) => r.answer === id)!;
    lines.push({ text: `✔ Recommended: ${name(id)}  (score ${ranked.score})`, tone: "good", indent: 0 });
    for (const r of ranked.reasonsFor) lines.push(reason("+", r, "plain"));
    for (const r of ranked.reasonsAgainst) lines.push(reason("−", r, "dim"));
  }
  if (verdict.rejected.length > 0) lines.push({ text: "", tone: "plain", indent: 0 });
  for (const rejected of verdict.rejected) {
    lines.push({ text: `✘ Not ${name(rejected.answer)}  (score ${rejected.score})`, tone: "bad", indent: 0 });
    if (rejected.reasonsAgainst.length === 0) {
      const winner = verdict.chosen[0];
      const why = winner ? `Nothing speaks against it; ${name(winner)} simply fits these answers better.` : "Nothing in the answers speaks for or against it.";
      lines.push({ text: why, tone: "dim", indent: 4 });
    }
    for (const r of rejected.reasonsAgainst) lines.push(reason("−", r, "plain"));
    for (const r of rejected.reasonsFor) lines.push(reason("+", r, "dim"));
  }
  if (verdict.caveats.length > 0) lines.push({ text: "", tone: "plain", indent: 0 });
  for (const caveat of verdict.caveats) {
    lines.push({ text: `⚠ ${caveat.text} [${caveat.section}]`, tone: "warn", indent: 0, hang: 2 });
    if (caveat.today) lines.push({ text: `Today: ${caveat.today}`, tone: "plain", indent: 4, hang: 7 });
  }

  lines.push({ text: "", tone: "plain", indent: 0 }, { text: "What would change it", tone: "info", indent: 0 });
  if (whatIf === undefined) lines.push({ text: "working it out…", tone: "dim", indent: 4 });
  else if (whatIf.length === 0) lines.push({ text: "No single changed answer changes this recommendation.", tone: "dim", indent: 4 });
  for (const change of (whatIf ?? []).slice(0, 4)) {
    const definition = knowledge.facts.get(change.fact);
    const outcome = change.chosen.length === 0 ? "nothing would be recommended" : `${change.chosen.map(name).join(" + ")} instead`;
    lines.push({
      text: `• ${definition?.question ?? change.fact} ${formatValue(definition, change.from)} → ${formatValue(definition, change.to)}: ${outcome}`,
      tone: "plain",
      indent: 2,
      hang: 2,
    });
  }
  if (!verdict.settled && verdict.openFacts.length > 0) {
    lines.push({ text: "", tone: "plain", indent: 0 }, { text: "Still open (you skipped these)", tone: "info", indent: 0 });
    for (const fact of verdict.openFacts.slice(0, 4))
      lines.push({ text: `• ${knowledge.facts.get(fact)?.question ?? fact}`, tone: "dim", indent: 2, hang: 2 });
  }
  if (showTrace) {
    lines.push({ text: "", tone: "plain", indent: 0 }, { text: "Condition trace", tone: "info", indent: 0 });
    // Rules that fired first, then those still open, then those that did not fire.
    const rank = { fired: 0, open: 1, failed: 2 } as const;
    const trace = [...verdict.trace].sort((a, b) => rank[a.status] - rank[b.status]);
    for (const rule of trace)
      for (const line of renderRuleTrace(rule, plainStyle)) {
        const indent = line.length - line.trimStart().length;
        lines.push({ text: line.trimStart(), tone: rule.status === "fired" ? "plain" : "dim", indent: Math.max(0, indent - 2), hang: 4 });
      }
  }
  return lines;
}

/** Word-wraps each line to `width` columns, keeping its indent; words longer than a line are cut. */
export function wrapLines(lines: readonly Line[], width: number): Line[] {
  const wrapped: Line[] = [];
  for (const line of lines) {
    const first = Math.max(10, width - line.indent);
    const rest = Math.max(10, first - (line.hang ?? 0));
    const pieces = wrapText(line.text, first, rest);
    pieces.forEach((text, index) =>
      wrapped.push({ text, tone: line.tone, indent: index === 0 ? line.indent : line.indent + (line.hang ?? 0) }),
    );
  }
  return wrapped;
}

export function wrapText(text: string, first: number, rest: number = first): string[] {
  if (text === "") return [""];
  const out: string[] = [];
  let current = "";
  const limit = () => (out.length === 0 ? first : rest);
  for (const word of text.split(" ")) {
    let piece = word;
    while ([...piece].length > limit()) {
      if (current !== "") {
        out.push(current);
        current = "";
      }
      const chars = [...piece];
      const room = limit();
      out.push(chars.slice(0, room).join(""));
      piece = chars.slice(room).join("");
    }
    const candidate = current === "" ? piece : `${current} ${piece}`;
    if ([...candidate].length > limit()) {
      out.push(current);
      current = piece;
    } else current = candidate;
  }
  if (current !== "" || out.length === 0) out.push(current);
  return out;
}

import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/text/render-question.ts
function renderQuestion(outcome, knowledge, style) {
  const lines = [];
  if (outcome.abstained) {
    lines.push(`${style.yellow("Out of scope / not sure:")} ${outcome.abstainReason}`);
  } else {
    const pick = outcome.polarity === "negative" ? " (the one that does NOT fit)" : "";
    lines.push(`${style.green("Answer:")} ${style.bold(outcome.answer.join(", "))}${pick}  ${style.dim(`confidence ${outcome.confidence.toFixed(2)}`)}`);
  }
  lines.push("");
  for (const option of outcome.options) {
    const mark = option.verdict === "chosen" ? style.green("\u2714") : option.verdict === "rejected" ? style.red("\u2718") : style.dim("\xB7");
    const names = option.answers.map((id) => knowledge.answers.get(id)?.name ?? id).join(" + ");
    lines.push(`${mark} ${style.bold(option.letter)}. ${option.text}`);
    const score = option.score === null ? "not judged by the rules" : `score ${option.score}`;
    lines.push(`     ${style.dim(`${names ? `${names}; ` : ""}${score}`)}`);
    const reasons = option.reasons.length > 0 ? option.reasons.slice(0, 2) : option.verdict === "unrecognised" ? [] : ["No rule speaks for or against it with these facts."];
    for (const reason of reasons) lines.push(`     ${reason}`);
  }
  if (outcome.facts.length > 0) {
    lines.push("", style.bold("Read from the question:"));
    for (const fact of outcome.facts) lines.push(`  ${fact.name} = ${JSON.stringify(fact.value)}  ${style.dim(`\u2190 "${fact.evidence}"`)}`);
  }
  if (outcome.caveats.length > 0) {
    lines.push("", style.bold("Caveats:"));
    for (const caveat of outcome.caveats) {
      lines.push(`  ${style.yellow("\u26A0")} ${caveat.text} ${style.dim(`[${caveat.section}]`)}`);
      if (caveat.today) lines.push(`    ${style.yellow("Today:")} ${caveat.today}`);
    }
  }
  if (outcome.correct !== null) {
    const expected = outcome.expected === "out-of-scope" ? "out-of-scope" : outcome.expected?.join(", ");
    lines.push("", outcome.correct ? `${style.green("PASS")} expected ${expected}` : `${style.red("FAIL")} expected ${expected}`);
  }
  return lines.join("\n") + "\n";
}

export {
  renderQuestion
};

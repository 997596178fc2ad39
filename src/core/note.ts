// The study note is the source of truth; rules cite its headings, and `explain` quotes its text.

export interface NoteSection {
  /** Heading text exactly as written in the note, e.g. "Elasticache 101". */
  readonly title: string;
  readonly level: number;
  /** 1-based line of the heading in the note. */
  readonly line: number;
  /** The lines under the heading, up to the next heading. */
  readonly body: string;
}

export function parseNoteSections(markdown: string): NoteSection[] {
  const lines = markdown.split(/\r?\n/);
  const sections: NoteSection[] = [];
  let current: { title: string; level: number; line: number; body: string[] } | undefined;
  const close = () => {
    if (current) sections.push({ ...current, body: current.body.join("\n").trim() });
  };
  lines.forEach((text, index) => {
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(text);
    if (heading) {
      close();
      current = { title: heading[2]!, level: heading[1]!.length, line: index + 1, body: [] };
    } else {
      current?.body.push(text);
    }
  });
  close();
  return sections;
}

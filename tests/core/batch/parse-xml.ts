// A strict little XML reader for the tests: elements, attributes, text and the five entities. It throws
// on anything malformed (unclosed or mismatched tags, bad attributes, stray '<' or '&'), which is
// what "the JUnit report is valid XML" needs; no DTDs, comments or CDATA (the report has none).

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;&\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(";") || !(name in ENTITIES)) throw new SyntaxError(`bad entity '${match}' near offset ${at}`);
    return ENTITIES[name]!;
  });
}

export function parseXml(source: string): XmlElement {
  let position = 0;
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(source);
  if (declaration) position = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (position < source.length) {
    if (source.startsWith("</", position)) {
      const end = source.indexOf(">", position);
      const name = source.slice(position + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new SyntaxError(`closing </${name}> does not match <${open?.name}> at ${position}`);
      position = end + 1;
      continue;
    }
    if (source[position] === "<") {
      const tag = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/.exec(source.slice(position));
      if (!tag) throw new SyntaxError(`malformed tag at ${position}: ${source.slice(position, position + 40)}`);
      const attributes: Record<string, string> = {};
      for (const [, key, value] of tag[2]!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        if (key! in attributes) throw new SyntaxError(`duplicate attribute ${key} at ${position}`);
        attributes[key!] = decode(value!, position);
      }
      const element: XmlElement = { name: tag[1]!, attributes, children: [], text: "" };
      if (stack.length > 0) stack.at(-1)!.children.push(element);
      else if (root) throw new SyntaxError("more than one root element");
      else root = element;
      if (tag[3] !== "/") stack.push(element);
      position += tag[0].length;
      continue;
    }
    const next = source.indexOf("<", position);
    const raw = source.slice(position, next === -1 ? source.length : next);
    if (raw.includes(">")) throw new SyntaxError(`stray '>' in text at ${position}`);
    const text = decode(raw, position);
    if (stack.length > 0) stack.at(-1)!.text += text;
    else if (text.trim() !== "") throw new SyntaxError(`text outside the root element at ${position}`);
    position = next === -1 ? source.length : next;
  }
  if (stack.length > 0) throw new SyntaxError(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new SyntaxError("no root element");
  return root;
}

/** Every element named `name` under `element`, depth first. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}

import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';

/**
 * A post's frontmatter read with positions: every key and value keeps its line and
 * column in the post's file, so a problem is reported where the author has to edit.
 * (Astro reads the frontmatter again itself; this reading exists for the messages.)
 */
export interface Frontmatter {
  /** The values, as plain data (dates stay text: `isRealCalendarDay` checks them). */
  data: unknown;
  /** The body after the closing `---`. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Line and column in the file of the key (or list item) at `path`, or of its nearest written parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** The value at `path` exactly as written (`2024-02-30`), when it is a plain value. */
  source(path: readonly PropertyKey[]): string | undefined;
  /** YAML syntax problems (a duplicate key, a bad indent), with positions. */
  errors: { line: number; column: number; code: string; text: string; message: string }[];
}

const FENCE = /^---[ \t]*\r?\n/;

/** Reads `source` (a whole post file). A post without a `---` block has empty frontmatter. */
export function readFrontmatter(source: string): Frontmatter {
  const text = source.replace(/^\uFEFF/, '');
  const open = FENCE.exec(text);
  const close = open ? /^---[ \t]*$/m.exec(text.slice(open[0].length)) : null;
  const yamlText = open && close ? text.slice(open[0].length, open[0].length + close.index) : '';
  const bodyStart = open && close ? open[0].length + close.index + close[0].length : 0;
  const firstLine = open ? 2 : 1;
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };

  /** The pair (for a map key) or node (for a list item) at `path`, and the nearest found. */
  function walk(path: readonly PropertyKey[]): { node?: Node | Pair; value?: unknown } {
    let current: unknown = document.contents;
    let found: Node | Pair | undefined;
    for (const key of path) {
      if (isMap(current)) {
        const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        found = pair;
        current = pair.value;
      } else if (isSeq(current) && typeof key === 'number') {
        const item = current.items[key];
        if (!item) break;
        found = item as Node;
        current = item;
      } else break;
    }
    return { node: found, value: current };
  }

  return {
    data: document.errors.length ? {} : (document.toJS() ?? {}),
    body: text.slice(bodyStart).replace(/^\r?\n/, ''),
    bodyLine: text.slice(0, bodyStart).split('\n').length + (text.slice(bodyStart).match(/^\r?\n/) ? 1 : 0),
    locate(path) {
      const { node } = walk(path);
      const target = node && isPair(node) ? (node.key as Node) : (node as Node | undefined);
      return target?.range ? at(target.range[0]) : { line: firstLine, column: 1 };
    },
    source(path) {
      const { node, value } = walk(path);
      if (!node || !isScalar(value) || !value.range) return undefined;
      return yamlText.slice(value.range[0], value.range[1]);
    },
    errors: document.errors.map((error) => {
      const { line, column } = at(error.pos[0]);
      const text = yamlText.slice(error.pos[0]).split(/[:\n]/)[0]?.trim() ?? '';
      return { line, column, code: error.code, text, message: error.message.split('\n')[0] ?? error.message };
    }),
  };
}

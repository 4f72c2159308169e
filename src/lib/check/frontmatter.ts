import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type SchemaOptions,
} from 'yaml';

/**
 * A post's frontmatter as Astro reads it, with positions. The fence is found and the YAML
 * parsed by Astro's own function (`parseFrontmatter`, which the glob loader calls), so the
 * data Marquee checks is the data Astro builds from; the same text is parsed again with
 * the same YAML options only to know where each key is written.
 */
export interface Frontmatter {
  /** Astro's reading of the frontmatter (`{}` when it cannot be read). */
  data: unknown;
  /** The body, as Astro renders it. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Line and column in the file of the key (or list item) at `path`, or of its nearest written parent. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
  /** The value at `path` exactly as written (`2024-02-30`), when it is a plain value. */
  source: (path: readonly PropertyKey[]) => string | undefined;
  /** Every plain value with its path and its text as written, in file order. */
  scalars(): {
    path: PropertyKey[];
    text: string;
    value: unknown;
    /** An anchor written before the value (`&x`), which YAML drops from it. */
    anchor?: string | undefined;
    /** A local tag written before the value (`!x`), which YAML drops from it. */
    tag?: string | undefined;
  }[];
  /** Problems reading the frontmatter (a duplicate key, a bad indent, a lone CR…), with positions. */
  errors: { line: number; column: number; code: string; text: string; message: string }[];
}

/** Astro's YAML options (`@astrojs/internal-helpers/yaml`): dates become `Date`s, `<<` merges. */
const YAML_OPTIONS: SchemaOptions = { customTags: ['timestamp'], merge: true, schema: 'core' };

/** Characters that some readers take for a line break and others do not. */
const AMBIGUOUS_BREAKS: [RegExp, string][] = [
  [
    /\r(?!\n)/,
    'a carriage return (CR) without a line feed; save the file with LF or CRLF line endings',
  ],
  [/\u2028/, 'an invisible line separator (U+2028); delete it or replace it with a line break'],
  [
    /\u2029/,
    'an invisible paragraph separator (U+2029); delete it or replace it with a line break',
  ],
  [
    /\u0085/,
    'an invisible next-line character (U+0085); delete it or replace it with a line break',
  ],
];

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Where the quoted value that YAML found unclosed at `end` opens: the last line before it
 * whose value starts with `quote` (YAML reads on to the end of the frontmatter, and says so
 * there). The offset of that quote, or `undefined`.
 */
function openingQuote(yamlText: string, end: number, quote: string): number | undefined {
  const opening = new RegExp(`^[ \\t]*(?:- )?(?:[^:#\\n]+:[ \\t]+)?(?=${quote})`, 'gm');
  let found: number | undefined;
  for (const match of yamlText.slice(0, end).matchAll(opening))
    found = match.index + match[0].length;
  return found;
}

/** Reads `source` (a whole post file). A post without a `---` block has empty frontmatter. */
export function readFrontmatter(source: string): Frontmatter {
  const errors: Frontmatter['errors'] = [];
  const raw = extractFrontmatter(source);
  // Astro's own test for which fence opens the file (`frontmatterTypeRE`).
  const opening = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(source);
  const delims = opening?.[1] ?? '---';
  const start = raw === undefined ? -1 : source.indexOf(`${delims}${raw}${delims}`);
  const yamlText = raw ?? '';
  const yamlStart = start + delims.length;
  const fenceLine = start < 0 ? 1 : lineOf(source, yamlStart);
  // The first line of YAML: the fence's own line holds nothing but the fence, usually.
  const firstLine =
    start < 0 ? 1 : lineOf(source, yamlStart + (/^[ \t]*\r?\n/.exec(yamlText)?.[0].length ?? 0));

  if (raw === undefined && opening) {
    errors.push({
      line: lineOf(source, opening.index + opening[0].length),
      column: 1,
      code: 'UNCLOSED',
      text: '',
      message: `the frontmatter that opens with ${delims} is never closed; expected a line with only --- after the last key`,
    });
  } else if (raw !== undefined && start < 0) {
    errors.push({
      line: 1,
      column: 1,
      code: 'MIXED_FENCES',
      text: '',
      message:
        'the frontmatter opens and closes with different fences; expected a line with only --- before and after it',
    });
  } else if (raw !== undefined && delims === '+++') {
    errors.push({
      line: firstLine,
      column: 1,
      code: 'TOML',
      text: '',
      message:
        'found TOML frontmatter between +++ lines; expected YAML between --- lines (see content/AUTHORING.md)',
    });
  }
  for (const [pattern, what] of AMBIGUOUS_BREAKS) {
    const found = pattern.exec(yamlText);
    if (found)
      errors.push({
        line: lineOf(source, yamlStart + found.index),
        column: 1,
        code: 'LINE_BREAK',
        text: '',
        message: `found ${what}`,
      });
  }

  const lineCounter = new LineCounter();
  const document: Document = parseDocument(yamlText, {
    ...YAML_OPTIONS,
    lineCounter,
    prettyErrors: false,
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + fenceLine - 1, column: col };
  };
  if (!errors.length) {
    for (const error of document.errors) {
      const { line, column } = at(error.pos[0]);
      const text = yamlText.slice(error.pos[0]).split(/[:\n]/)[0]?.trim() ?? '';
      const quote = /^Missing closing (["'])/.exec(error.message)?.[1];
      const opened = quote ? openingQuote(yamlText, error.pos[0], quote) : undefined;
      if (quote && opened !== undefined) {
        errors.push({
          ...at(opened),
          code: 'UNCLOSED_QUOTE',
          text: '',
          message: `this ${quote} is never closed; add a ${quote} at the end of the value`,
        });
        continue;
      }
      errors.push({
        line,
        column,
        code: error.code,
        text,
        message: error.message.split('\n')[0] ?? error.message,
      });
    }
  }

  let data: unknown = {};
  if (!errors.length) {
    try {
      data = parseFrontmatter(source).frontmatter;
    } catch (error) {
      // Astro's reader refuses what the positions reader accepted: an alias that expands too
      // far (the "billion laughs"), most often.
      const message = error instanceof Error ? error.message : String(error);
      const alias = /alias/i.test(message) && !/unresolved alias/i.test(message);
      const anchor = /[&*][\w-]+/.exec(yamlText);
      errors.push({
        line: anchor ? lineOf(source, yamlStart + anchor.index) : firstLine,
        column: 1,
        code: alias ? 'ALIAS_COUNT' : 'UNREADABLE',
        text: '',
        message: alias
          ? 'found YAML aliases (&name … *name) that expand into too many values; write the values out instead'
          : (message.split('\n')[0] ?? message),
      });
    }
  }

  const end = start < 0 ? 0 : start + delims.length * 2 + yamlText.length;
  const rest = source.slice(end);
  const closingLine = start < 0 ? 1 : lineOf(source, end);
  const lineBreak = /^\r?\n/.exec(rest);

  /** The pair (for a map key) or node (for a list item) at `path`, and the nearest found. */
  function walk(path: readonly PropertyKey[]): { node: Node | Pair | undefined; value: unknown } {
    let current: unknown = document.contents;
    let found: Node | Pair | undefined;
    for (const key of path) {
      if (isMap(current)) {
        const pair = current.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(key),
        );
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
    data: errors.length ? {} : (data ?? {}),
    body: start < 0 ? source.replace(/^\uFEFF/, '') : rest.slice(lineBreak?.[0].length ?? 0),
    bodyLine: start < 0 ? 1 : closingLine + (lineBreak ? 1 : 0),
    locate(path) {
      const { node } = walk(path);
      const target = node && isPair(node) ? (node.key as Node) : node;
      return target?.range ? at(target.range[0]) : { line: firstLine, column: 1 };
    },
    source(path) {
      const { node, value } = walk(path);
      if (!node || !isScalar(value) || !value.range) return undefined;
      return yamlText.slice(value.range[0], value.range[1]);
    },
    scalars() {
      const found: ReturnType<Frontmatter['scalars']> = [];
      const visit = (node: unknown, path: PropertyKey[]) => {
        if (isScalar(node) && node.range)
          found.push({
            path,
            text: yamlText.slice(node.range[0], node.range[1]),
            value: node.value,
            anchor: node.anchor,
            tag: node.tag?.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined,
          });
        else if (isMap(node)) {
          for (const pair of node.items)
            if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
        } else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
      };
      visit(document.contents, []);
      return found;
    },
    errors,
  };
}

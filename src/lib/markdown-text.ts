import type { Nodes, Paragraph, Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';

/** The body's syntax tree, with directives and GFM, for text-only work (no rendering). */
export function parseBody(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm(), directive()],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  });
}

/**
 * A copy of `node` as a reader sees its text: each inline spoiler (`:spoiler[text]`) is "…",
 * so its words never reach a summary, and any other text directive is the text it was in
 * `source` (`12:30`, `a:b`), as the directive guard renders it.
 */
function readableText<T extends Nodes>(node: T, source: string): T {
  if (!('children' in node)) return node;
  const children = node.children.map((child) => {
    if (child.type !== 'textDirective') return readableText(child as Nodes, source);
    if (child.name === 'spoiler' && child.children.length) return { type: 'text', value: '…' };
    const { start, end } = child.position ?? {};
    return { type: 'text', value: start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : `:${child.name}` };
  });
  return { ...node, children } as T;
}

const HIDDEN = new Set(['html', 'code', 'image', 'imageReference', 'footnoteDefinition', 'definition']);

/** Drops what a reader does not read as prose, and every spoiler. */
function readable(node: Nodes): Nodes[] {
  if (HIDDEN.has(node.type)) return [];
  if (node.type === 'containerDirective' && node.name === 'spoiler') return [];
  if (node.type === 'leafDirective' || node.type === 'textDirective') return [];
  return [node];
}

/** The prose of a post: no spoilers, code, HTML or directive markup. */
export function plainText(markdown: string): string {
  const lines: string[] = [];
  const walk = (node: Nodes) => {
    if (!readable(node).length) return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      lines.push(toString(readableText(node, markdown), { includeImageAlt: false }));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseBody(markdown));
  return lines.join('\n');
}

function firstParagraph(node: Nodes): Paragraph | undefined {
  if (!readable(node).length || node.type === 'blockquote' || node.type === 'table') return undefined;
  if (node.type === 'paragraph') return toString(node, { includeImageAlt: false }).trim() ? node : undefined;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = firstParagraph(child as Nodes);
    if (found) return found;
  }
  return undefined;
}

/**
 * A summary from the first paragraph of prose (never from a spoiler), cut at a word
 * boundary to at most `maxLength` characters.
 */
export function excerpt(markdown: string, maxLength = 160): string {
  const paragraph = firstParagraph(parseBody(markdown));
  const text = paragraph ? toString(readableText(paragraph, markdown), { includeImageAlt: false }).replace(/\s+/g, ' ').trim() : '';
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Hangul, kana and Han are read by character, not by word. */
const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Typical silent-reading speeds: ~500 Korean characters or ~230 English words a minute. */
const CJK_CHARS_PER_MINUTE = 500;
const WORDS_PER_MINUTE = 230;

/** Minutes to read `text`, counting Korean by characters and other text by words (at least 1). */
export function readingMinutes(text: string): number {
  const cjkCharacters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(cjkCharacters / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE));
}

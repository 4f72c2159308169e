import type { Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { SPOILER_DIRECTIVE } from '../../lib/markup';
import { cutAtWord, readingMinutes, type ReadingSummary } from '../../lib/reviews/reading-time';

/** Longest excerpt, in characters. */
const EXCERPT_LENGTH = 160;

const HIDDEN = new Set([
  'html',
  'code',
  'image',
  'imageReference',
  'footnoteDefinition',
  'definition',
]);

/** Whether a reader reads `node` as prose: not code, HTML, images, directive markup or a spoiler. */
function isProse(node: Nodes): boolean {
  if (HIDDEN.has(node.type)) return false;
  if (node.type === 'containerDirective' && node.name === SPOILER_DIRECTIVE) return false;
  return node.type !== 'leafDirective' && node.type !== 'textDirective';
}

/**
 * A copy of `node` as a reader sees its text: each inline spoiler (`:spoiler[text]`) is "…",
 * so its words never reach a summary, and any other text directive is the text it was in
 * `source` (`12:30`, `a:b`), as the directive guard renders it.
 */
function readable<T extends Nodes>(node: T, source: string): T {
  if (!('children' in node)) return node;
  const children = node.children.map((child) => {
    if (child.type !== 'textDirective') return readable(child as Nodes, source);
    if (child.name === SPOILER_DIRECTIVE && child.children.length)
      return { type: 'text', value: '…' };
    const { start, end } = child.position ?? {};
    const written =
      start?.offset !== undefined && end?.offset !== undefined
        ? source.slice(start.offset, end.offset)
        : `:${child.name}`;
    return { type: 'text', value: written };
  });
  return { ...node, children };
}

/** The prose of a post, a line per paragraph, heading or table cell. */
function plainText(tree: Root, text: (node: Nodes) => string): string {
  const lines: string[] = [];
  const walk = (node: Nodes) => {
    if (!isProse(node)) return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      lines.push(text(node));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return lines.join('\n');
}

function firstParagraph(node: Nodes, text: (node: Nodes) => string): Paragraph | undefined {
  if (!isProse(node) || node.type === 'blockquote' || node.type === 'table') return undefined;
  if (node.type === 'paragraph') return text(node).trim() ? node : undefined;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = firstParagraph(child, text);
    if (found) return found;
  }
  return undefined;
}

/**
 * The excerpt and reading time of a post, computed in the one Markdown pipeline (after
 * the spoiler plugin, before the directive guard turns stray text directives back into
 * text) and stored with the rendered entry as `remarkPluginFrontmatter`, as in Astro's
 * reading-time recipe.
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const text = (node: Nodes) => toString(readable(node, source), { includeImageAlt: false });
    const paragraph = firstParagraph(tree, text);
    const summary: ReadingSummary = {
      excerpt: cutAtWord(
        paragraph ? text(paragraph).replace(/\s+/g, ' ').trim() : '',
        EXCERPT_LENGTH,
      ),
      readingMinutes: readingMinutes(plainText(tree, text)),
    };
    // A new object: the author's frontmatter itself stays as written.
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, ...summary };
  };
}

import type { MarkdownHeading } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { isSpoilerElement } from './markup';

/** One entry of the table of contents, with the subsections under it. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** A page gets a table of contents from this many headings on. */
export const TOC_MIN_HEADINGS = 3;

/**
 * The table of contents of a post: its `##` sections with their `###` subsections, or
 * `undefined` when it has fewer than three such headings.
 */
export function tableOfContents(headings: MarkdownHeading[]): TocEntry[] | undefined {
  const listed = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  if (listed.length < TOC_MIN_HEADINGS) return undefined;
  const entries: TocEntry[] = [];
  for (const { depth, slug, text } of listed) {
    const entry = { slug, text, children: [] };
    const parent = entries.at(-1);
    if (depth === 3 && parent) parent.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}

/**
 * The headings a table of contents may list: those outside `:::spoiler` blocks, so a
 * spoiler's heading never shows in the contents (`html` is the rendered body).
 */
export function headingsOutsideSpoilers(headings: MarkdownHeading[], html: string): MarkdownHeading[] {
  const hidden = new Set<string>();
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (!isSpoilerElement(node)) return;
    visit(node, 'element', (inner) => {
      if (/^h[1-6]$/.test(inner.tagName) && typeof inner.properties.id === 'string') hidden.add(inner.properties.id);
    });
  });
  return headings.filter((heading) => !hidden.has(heading.slug));
}

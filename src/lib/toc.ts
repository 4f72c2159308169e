import type { MarkdownHeading } from 'astro';
import type { Element, ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { BodyFacts } from './body-facts';
import { isInlineSpoilerElement } from './markup';

/** What the table of contents shows in place of an inline spoiler in a heading. */
const SPOILER_STAND_IN = '…';

/** Whether a rendered heading holds an inline spoiler (`## The killer is :spoiler[the butler]`). */
export function hasInlineSpoiler(heading: Element): boolean {
  let found = false;
  visit(heading, 'element', (element) => {
    if (isInlineSpoilerElement(element)) found = true;
  });
  return found;
}

/**
 * A rendered heading's text with each inline spoiler as `standIn`, trimmed: what the table
 * of contents, the heading's id and its self-link's name may say without giving it away.
 */
export function headingTextWithoutSpoilers(heading: Element, standIn = SPOILER_STAND_IN): string {
  const text = (node: ElementContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return '';
    return isInlineSpoilerElement(node) ? standIn : node.children.map(text).join('');
  };
  return heading.children.map(text).join('').replace(/\s+/g, ' ').trim();
}

/** One entry of the table of contents, with the subsections under it. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** A page gets a table of contents from this many headings on. */
const TOC_MIN_HEADINGS = 3;

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
 * The headings a table of contents may list (`facts.headings`, recorded by the Markdown
 * pipeline): those outside `:::spoiler` blocks, so a spoiler's heading never shows in the
 * contents, each inline spoiler shown as `…`.
 */
export function contentsHeadings(facts: Pick<BodyFacts, 'headings'>): MarkdownHeading[] {
  return facts.headings
    .filter((heading) => !heading.inSpoiler)
    .map(({ depth, slug, text }) => ({ depth, slug, text }));
}

import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { INLINE_SPOILER_CLASS, SPOILER_CLASS } from '../markup';
import { segmentForIndex } from './korean-search';
import { encodeSegment } from '../url-encoding';

/**
 * What is never indexed on a review page: spoiler blocks, whoever marks them (the
 * `:::spoiler` plugin also sets `data-pagefind-ignore`); text for screen readers only or
 * hidden from them ("5점 만점에 4.5점", "★★★★★"); and the labels of the film facts
 * ("감독", "영화 정보"), which every review has; the facts themselves are indexed.
 */
export const SEARCH_EXCLUDE = [
  `.${SPOILER_CLASS}`,
  `.${INLINE_SPOILER_CLASS}`,
  '.visually-hidden',
  '[aria-hidden="true"]',
  '.info-block dt',
  '.info-block h2',
  '.info-block h3',
];

/** Where Pagefind writes its bundle inside `dist/` (`/pagefind/pagefind.js` on the site). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Elements whose text Pagefind keeps as metadata or filters, or never reads. */
function keepsTextAsIs(element: Element): boolean {
  const { properties } = element;
  return (
    ['script', 'style', 'template', 'noscript'].includes(element.tagName) ||
    properties.dataPagefindMeta !== undefined ||
    properties.dataPagefindFilter !== undefined ||
    properties.dataPagefindSort !== undefined
  );
}

/**
 * The copy of a page that Pagefind reads: the same HTML with Korean words segmented
 * (see korean-search.ts). Attributes, metadata and filters stay as written.
 */
export function prepareForIndex(html: string): string {
  const tree: Root = fromHtml(html);
  visit(tree, (node) => {
    if (node.type === 'element' && keepsTextAsIs(node)) return SKIP;
    if (node.type === 'text') node.value = segmentForIndex(node.value);
    return undefined;
  });
  return toHtml(tree);
}

/** `reviews/그녀/index.html` → `/reviews/%EA%B7%B8%EB%85%80/`, as the site's links spell it (base path added in the browser). */
export function pageUrl(file: string): string {
  const segments = file.split(path.sep).slice(0, -1).map(encodeSegment);
  return `/${segments.map((segment) => `${segment}/`).join('')}`;
}

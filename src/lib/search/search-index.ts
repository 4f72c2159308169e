import path from 'node:path';
import { INLINE_SPOILER_CLASS, SPOILER_CLASS } from '../markup';
import { encodeSegment } from '../url-encoding';
import { segmentForIndex } from './korean-search';
import { segmentHtmlText } from './segment-html';

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

/**
 * The copy of a page that Pagefind reads: the same HTML with Korean words segmented
 * (see korean-search.ts). Attributes, metadata, filters and scripts stay as written.
 */
export function prepareForIndex(html: string): string {
  return segmentHtmlText(html, segmentForIndex);
}

/** `reviews/그녀/index.html` → `/reviews/%EA%B7%B8%EB%85%80/`, as the site's links spell it (base path added in the browser). */
export function pageUrl(file: string): string {
  const segments = file.split(path.sep).slice(0, -1).map(encodeSegment);
  return `/${segments.map((segment) => `${segment}/`).join('')}`;
}

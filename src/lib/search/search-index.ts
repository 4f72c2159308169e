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
 * The part of a page Pagefind needs: its title and `<main>`, which holds the review's
 * `data-pagefind-body` with every meta and filter. The header, navigation, footer and
 * `<head>` (a third of a review page) only cost Pagefind time to parse; the index it
 * writes is the same. A page without `<main>` is kept whole.
 */
function indexedPart(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const lang = /<html[^>]*?\slang="([^"]*)"/.exec(html)?.[1];
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${title}</head><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}

/**
 * The copy of a page that Pagefind reads: its title and `<main>`, with Korean words
 * segmented (see korean-search.ts). Attributes, metadata, filters and scripts stay as written.
 */
export function prepareForIndex(html: string): string {
  return segmentHtmlText(indexedPart(html), segmentForIndex);
}

/** `reviews/그녀/index.html` → `/reviews/%EA%B7%B8%EB%85%80/`, as the site's links spell it (base path added in the browser). */
export function pageUrl(file: string): string {
  const segments = file.split(path.sep).slice(0, -1).map(encodeSegment);
  return `/${segments.map((segment) => `${segment}/`).join('')}`;
}

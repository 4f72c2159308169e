import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { MarqueeError } from './errors';
import { segmentForIndex } from './korean-search';
import { segmentHtmlText } from './segment-html';

/**
 * What is never indexed on a review page: spoiler blocks, whoever marks them (the
 * `:::spoiler` plugin also sets `data-pagefind-ignore`); text for screen readers only or
 * hidden from them ("5점 만점에 4.5점", "★★★★★"); and the labels of the film facts
 * ("감독", "영화 정보"), which every review has; the facts themselves are indexed.
 */
export const SEARCH_EXCLUDE = [
  '.marquee-spoiler',
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
  const segments = file.split(path.sep).slice(0, -1).map(encodeURIComponent);
  return `/${segments.map((segment) => `${segment}/`).join('')}`;
}

/** Where review pages are built (`src/pages/reviews/`); no other page asks to be indexed. */
const REVIEWS_DIR = 'reviews';

/** Built review pages, by their path under `dist/`. */
function reviewPages(dist: string): string[] {
  const reviews = path.join(dist, REVIEWS_DIR);
  if (!existsSync(reviews)) return [];
  return readdirSync(reviews, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => path.join(REVIEWS_DIR, file))
    .sort();
}

/** Pages read, segmented and handed to Pagefind at a time: enough to keep it busy, few enough to keep memory flat. */
const BATCH = 32;

export interface SearchIndexStats {
  pages: number;
  words: number;
  /** Time spent reading the pages and segmenting their Korean text, in ms. */
  prepareMs: number;
  /** Time spent in Pagefind (starting, indexing and writing), in ms. */
  pagefindMs: number;
  /** Of `pagefindMs`, the time Pagefind took to write the index. */
  writeMs: number;
}

/**
 * Writes the Pagefind index of a built site to `dist/pagefind/`: review pages only, one
 * index in the site's language, spoilers left out.
 */
export async function writeSearchIndex(dist: string, language: string): Promise<SearchIndexStats> {
  const fail = (step: string, errors: string[]) => new MarqueeError(`Search index: ${step} failed:\n  - ${errors.join('\n  - ')}`);
  try {
    let words = 0;
    let prepareMs = 0;
    let pagefindMs = 0;
    const timed = async <T>(run: () => T | Promise<T>, add: (ms: number) => void): Promise<T> => {
      const started = performance.now();
      const result = await run();
      add(performance.now() - started);
      return result;
    };
    const { index, errors } = await timed(
      () => pagefind.createIndex({ forceLanguage: language, excludeSelectors: SEARCH_EXCLUDE }),
      (ms) => (pagefindMs += ms),
    );
    if (!index) throw fail('starting Pagefind', errors);
    const files = reviewPages(dist);
    let pages = 0;
    for (let start = 0; start < files.length; start += BATCH) {
      // Only pages that ask to be indexed (`data-pagefind-body`): the reviews.
      const batch = await timed(
        () =>
          files
            .slice(start, start + BATCH)
            .map((file) => ({ file, html: readFileSync(path.join(dist, file), 'utf8') }))
            .filter(({ html }) => html.includes('data-pagefind-body'))
            .map(({ file, html }) => ({ file, content: prepareForIndex(html) })),
        (ms) => (prepareMs += ms),
      );
      // Several pages in flight at once: Pagefind runs as a separate process, so this keeps
      // it busy instead of waiting on one message round trip per page.
      const added = await timed(
        () => Promise.all(batch.map(async ({ file, content }) => ({ file, result: await index.addHTMLFile({ url: pageUrl(file), content }) }))),
        (ms) => (pagefindMs += ms),
      );
      for (const { file, result } of added) {
        if (result.errors.length) throw fail(`indexing ${file}`, result.errors);
        words += result.file.uniqueWords;
      }
      pages += batch.length;
    }
    let writeMs = 0;
    const written = await timed(() => index.writeFiles({ outputPath: path.join(dist, SEARCH_BUNDLE_DIR) }), (ms) => (writeMs = ms));
    if (written.errors.length) throw fail('writing the index', written.errors);
    return { pages, words, prepareMs: Math.round(prepareMs), pagefindMs: Math.round(pagefindMs + writeMs), writeMs: Math.round(writeMs) };
  } finally {
    await pagefind.close();
  }
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { MarqueeError } from '../lib/errors';
import {
  pageUrl,
  prepareForIndex,
  SEARCH_BUNDLE_DIR,
  SEARCH_EXCLUDE,
} from '../lib/search/search-index';
import { otherLanguage } from '../lib/language-paths';
import { buildStepError, ownerOf } from './build-step-error';

/**
 * Where review pages are built: `reviews/` and the other language's `en/reviews/` (or
 * `ko/reviews/`, see `src/lib/language-paths.ts`), and the film lists' pages (`lists/`); no
 * other page asks to be indexed.
 */
const REVIEWS_DIRS = ['reviews', `${otherLanguage()}/reviews`, 'lists'];

/** Built review pages, by their path under `dist/`. */
function reviewPages(dist: string): string[] {
  return REVIEWS_DIRS.flatMap((dir) => {
    const reviews = path.join(dist, dir);
    if (!existsSync(reviews)) return [];
    // Files only: a folder may be named like a page.
    return readdirSync(reviews, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === 'index.html')
      .map((entry) =>
        path.join(dir, path.relative(reviews, path.join(entry.parentPath, entry.name))),
      );
  }).sort();
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
 * Writes the Pagefind index of a built site to `dist/pagefind/`: review pages only,
 * spoilers left out, one index per `<html lang>` (the site's language, and the other
 * language's when it has translations): each search page loads its own language's.
 */
async function writeSearchIndex(dist: string): Promise<SearchIndexStats> {
  const fail = (step: string, errors: string[]) =>
    new MarqueeError(`Search index: ${step} failed:\n  - ${errors.join('\n  - ')}`);
  /** `reviews/her/index.html (the page of review "her")`. */
  const named = (file: string) =>
    `${file.split(path.sep).join('/')}${ownerOf(file) ? ` (${ownerOf(file)})` : ''}`;
  /** Runs one page's step, so that any error names the page and its review. */
  const forPage = async <T>(file: string, run: () => T | Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw buildStepError('Search index', dist, error, file);
    }
  };
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
      () => pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE }),
      (ms) => (pagefindMs += ms),
    );
    if (!index) throw fail('starting Pagefind', errors);
    const files = reviewPages(dist);
    let pages = 0;
    for (let start = 0; start < files.length; start += BATCH) {
      // Only pages that ask to be indexed (`data-pagefind-body`): the reviews.
      const batch = await timed(
        async () =>
          (
            await Promise.all(
              files.slice(start, start + BATCH).map((file) =>
                forPage(file, () => {
                  const html = readFileSync(path.join(dist, file), 'utf8');
                  return html.includes('data-pagefind-body')
                    ? [{ file, content: prepareForIndex(html) }]
                    : [];
                }),
              ),
            )
          ).flat(),
        (ms) => (prepareMs += ms),
      );
      // Several pages in flight at once: Pagefind runs as a separate process, so this keeps
      // it busy instead of waiting on one message round trip per page.
      const added = await timed(
        () =>
          Promise.all(
            batch.map(({ file, content }) =>
              forPage(file, async () => ({
                file,
                result: await index.addHTMLFile({ url: pageUrl(file), content }),
              })),
            ),
          ),
        (ms) => (pagefindMs += ms),
      );
      for (const { file, result } of added) {
        if (result.errors.length) throw fail(`indexing ${named(file)}`, result.errors);
        words += result.file.uniqueWords;
      }
      pages += batch.length;
    }
    let writeMs = 0;
    const written = await timed(
      () => index.writeFiles({ outputPath: path.join(dist, SEARCH_BUNDLE_DIR) }),
      (ms) => (writeMs = ms),
    );
    if (written.errors.length) throw fail('writing the index', written.errors);
    return {
      pages,
      words,
      prepareMs: Math.round(prepareMs),
      pagefindMs: Math.round(pagefindMs + writeMs),
      writeMs: Math.round(writeMs),
    };
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index after every `astro build`, so a built site always
 * ships with its search. `astro dev` has no index; the search page says so.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'marquee:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        logger.info('indexing review pages');
        const dist = fileURLToPath(dir);
        let stats: SearchIndexStats;
        try {
          stats = await writeSearchIndex(dist);
        } catch (error) {
          throw buildStepError('Search index', dist, error);
        }
        const { pages, words, prepareMs, pagefindMs, writeMs } = stats;
        logger.info(
          `${pages} reviews, ${words} words indexed in ${Math.round(performance.now() - started)} ms ` +
            `(reading and segmenting ${prepareMs} ms, Pagefind ${pagefindMs} ms, of which writing the index ${writeMs} ms)`,
        );
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeSearchIndex } from '../lib/search-index';
import { site } from '../lib/site';

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
        const { pages, words, prepareMs, pagefindMs, writeMs } = await writeSearchIndex(fileURLToPath(dir), site.language);
        logger.info(
          `${pages} reviews, ${words} words indexed in ${Math.round(performance.now() - started)} ms ` +
            `(reading and segmenting ${prepareMs} ms, Pagefind ${pagefindMs} ms, of which writing the index ${writeMs} ms)`,
        );
      },
    },
  };
}

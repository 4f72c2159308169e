import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { MarqueeError } from '../lib/errors';
import { pageUrl, prepareForIndex, SEARCH_BUNDLE_DIR, SEARCH_EXCLUDE } from '../lib/search/search-index';
import { site } from '../lib/site';

/** Built pages that ask to be indexed (`data-pagefind-body`): the reviews. */
function indexablePages(dist: string): { file: string; html: string }[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith(`${SEARCH_BUNDLE_DIR}${path.sep}`))
    .sort()
    .map((file) => ({ file, html: readFileSync(path.join(dist, file), 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'));
}

export interface SearchIndexStats {
  pages: number;
  words: number;
}

/**
 * Writes the Pagefind index of a built site to `dist/pagefind/`: review pages only, one
 * index in the site's language, spoilers left out.
 */
export async function writeSearchIndex(dist: string, language: string): Promise<SearchIndexStats> {
  const fail = (step: string, errors: string[]) => new MarqueeError(`Search index: ${step} failed:\n  - ${errors.join('\n  - ')}`);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language, excludeSelectors: SEARCH_EXCLUDE });
    if (!index) throw fail('starting Pagefind', errors);
    let words = 0;
    const pages = indexablePages(dist);
    for (const { file, html } of pages) {
      const added = await index.addHTMLFile({ url: pageUrl(file), content: prepareForIndex(html) });
      if (added.errors.length) throw fail(`indexing ${file}`, added.errors);
      words += added.file.uniqueWords;
    }
    const written = await index.writeFiles({ outputPath: path.join(dist, SEARCH_BUNDLE_DIR) });
    if (written.errors.length) throw fail('writing the index', written.errors);
    return { pages: pages.length, words };
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
        const { pages, words } = await writeSearchIndex(fileURLToPath(dir), site.language);
        logger.info(`${pages} reviews, ${words} words indexed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cardStats, CARD_CACHE_DIR } from '../lib/share-cards/render';

/**
 * Keeps preview cards between builds: tells the `og/` route to cache them under Astro's
 * `cacheDir` (`node_modules/.astro/share-cards/` by default, beside Astro's own image
 * cache) and logs how many were drawn and how many reused.
 */
export function shareCards(): AstroIntegration {
  return {
    name: 'marquee:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        (globalThis as Record<symbol, unknown>)[CARD_CACHE_DIR] = fileURLToPath(new URL('share-cards/', config.cacheDir));
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`preview cards: ${cardStats.drawn} drawn, ${cardStats.reused} reused from the cache`);
      },
    },
  };
}

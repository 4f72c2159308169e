import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cardStats, setCardCacheDir } from '../lib/share-cards/render';

/**
 * Keeps preview cards between builds: tells the `og/` route to cache them under Astro's
 * `cacheDir` (`node_modules/.astro/share-cards/` by default, beside Astro's own image
 * cache) and logs how many were drawn, taken from that cache or copied unchanged.
 */
export function shareCards(): AstroIntegration {
  return {
    name: 'marquee:share-cards',
    hooks: {
      // `astro dev` matches dynamic routes as if they ended in a slash even when they end in
      // `.png` (a build writes the file as named), so a card's link would fail there.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          if (request.url && /\/og\/[^?]+\.png(\?|$)/.test(request.url))
            request.url = request.url.replace(/\.png(\?|$)/, '.png/$1');
          next();
        });
      },
      'astro:config:done': ({ config }) => {
        setCardCacheDir(fileURLToPath(new URL('share-cards/', config.cacheDir)));
      },
      'astro:build:done': ({ logger }) => {
        const { linked, drawn, reused } = cardStats;
        logger.info(
          `preview cards: ${linked} linked: ${drawn} drawn, ${reused} from the card cache, ${linked - drawn - reused} unchanged since the last build`,
        );
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { statSync, unlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unusedAssets } from '../lib/images/unused-assets';

/**
 * Publishes only the images pages use. Astro copies the original of every image a build
 * imports into `_astro/` — with the camera's EXIF and GPS — and removes it again only when
 * it made an optimised copy of that very image; the images of drafts, and of files under
 * `content/` that no post names, stay. After the build, this removes every image in
 * `_astro/` that no built page, feed or manifest names.
 */
export function publishedAssets(): AstroIntegration {
  let assetsDir = '_astro';
  return {
    name: 'marquee:published-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsDir = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const unused = unusedAssets(fileURLToPath(dir), assetsDir);
        let bytes = 0;
        for (const file of unused) {
          bytes += statSync(file).size;
          unlinkSync(file);
        }
        if (unused.length) logger.info(`${unused.length} images no page uses left out (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
      },
    },
  };
}

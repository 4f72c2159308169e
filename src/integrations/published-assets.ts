import type { AstroIntegration } from 'astro';
import { lstatSync, unlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unusedAssets } from '../lib/images/unused-assets';
import { buildStepError } from './build-step-error';

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
        const dist = fileURLToPath(dir);
        let unused: string[];
        let bytes = 0;
        try {
          unused = unusedAssets(dist, assetsDir);
          for (const file of unused) {
            bytes += lstatSync(file).size;
            unlinkSync(file);
          }
        } catch (error) {
          // The build stops here, and with it the publishing of dist/ (publish-site.ts).
          throw buildStepError('Leaving out unused images', dist, error);
        }
        if (unused.length)
          logger.info(
            `${unused.length} files no page uses left out (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
          );
      },
    },
  };
}

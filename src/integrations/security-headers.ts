import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/csp/headers-file';
import { site } from '../lib/site';
import { buildStepError } from './build-step-error';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * Writes `dist/_headers` after every build: the Content-Security-Policy Astro put in the
 * pages' `<meta>` (so the hashes always match the built pages), plus
 * `X-Content-Type-Options` and `Referrer-Policy`, for hosts that read the file.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'marquee:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        /** The page's text; a page that cannot be read stops the build, naming it and its review. */
        const page = (file: string) => {
          try {
            return readFileSync(path.join(dist, file), 'utf8');
          } catch (error) {
            throw buildStepError('Writing _headers', dist, error, file);
          }
        };
        // Pages only: a folder named like one (a review whose slug ends in .html) is not read.
        const policies = readdirSync(dist, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
          .sort()
          .flatMap((file) => {
            const match = META.exec(page(file));
            return match?.[1]
              ? [
                  match[1]
                    .replace(/&#39;/g, "'")
                    .replace(/&quot;/g, '"')
                    .replace(/&amp;/g, '&'),
                ]
              : [];
          });
        try {
          writeFileSync(
            path.join(dist, '_headers'),
            headersFile(mergePolicies(policies), site.base),
          );
        } catch (error) {
          throw buildStepError('Writing _headers', dist, error);
        }
        logger.info(`_headers written with the policy of ${policies.length} pages`);
      },
    },
  };
}

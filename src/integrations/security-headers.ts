import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/csp/headers-file';
import { site } from '../lib/site';

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
        const policies = readdirSync(dist, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .sort()
          .flatMap((file) => {
            const match = META.exec(readFileSync(path.join(dist, file), 'utf8'));
            return match?.[1]
              ? [
                  match[1]
                    .replace(/&#39;/g, "'")
                    .replace(/&quot;/g, '"')
                    .replace(/&amp;/g, '&'),
                ]
              : [];
          });
        writeFileSync(path.join(dist, '_headers'), headersFile(mergePolicies(policies), site.base));
        logger.info(`_headers written with the policy of ${policies.length} pages`);
      },
    },
  };
}

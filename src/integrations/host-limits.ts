import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HOST_LIMITS, hostLimitWarning, type SiteSize } from '../lib/deploy/host-limits';

/** How many files the built site has, and their bytes. */
export function siteSize(dist: string): SiteSize {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * After the build, one warning line when the site is larger than GitHub Pages or Cloudflare
 * Pages take (`HOST_LIMITS`); the build still succeeds (other hosts take more).
 */
export function hostLimits(limits = HOST_LIMITS): AstroIntegration {
  return {
    name: 'marquee:host-limits',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const warning = hostLimitWarning(siteSize(fileURLToPath(dir)), limits);
        if (warning) logger.warn(warning);
      },
    },
  };
}

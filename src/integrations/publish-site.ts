import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where `astro build` writes, beside `dist/` (same file system, so publishing is one rename); never served. */
const STAGING_DIR = '.cache/dist-staging/';

/** Moves `from` to `to` (a rename; a copy when they are on different file systems). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Fail-closed builds: `astro build` writes the site into a staging folder
 * (`.cache/dist-staging/`), and only when every step has succeeded (pages, images, and
 * every integration's `astro:build:done` before this one: sitemap, pruning, search,
 * cards, `_headers`) is it moved to `dist/`. The previous `dist/` is removed when the
 * build starts, and a build that fails removes its staging folder as the process exits,
 * so a failed build leaves nothing a host could publish: no page half written, no
 * original photo before pruning, no `.prerender/` holding drafts' text.
 * Must be the last integration, so its `astro:build:done` runs after all the others'
 * (Astro runs them one at a time, in the order of `integrations`). `astro dev` and
 * `astro preview` are untouched: preview serves `dist/`.
 */
export function publishSite(): AstroIntegration {
  let staging = '';
  let target = '';
  let published = false;
  const discard = () => {
    if (!published && staging) rmSync(staging, { recursive: true, force: true });
  };
  return {
    name: 'marquee:publish-site',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir);
        const stagingUrl = new URL(STAGING_DIR, config.root);
        staging = fileURLToPath(stagingUrl);
        const shown = (folder: string) =>
          `${path.relative(fileURLToPath(config.root), folder) || folder}/`;
        if (existsSync(target)) {
          rmSync(target, { recursive: true, force: true });
          logger.info(
            `removed ${shown(target)} of the previous build: it comes back only when this whole build succeeds`,
          );
        }
        if (existsSync(staging)) {
          rmSync(staging, { recursive: true, force: true });
          logger.info(`removed ${shown(staging)}, left by a build that did not finish`);
        }
        updateConfig({ outDir: stagingUrl });
        process.once('exit', discard);
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.once(signal, () => {
            discard();
            process.exit(signal === 'SIGINT' ? 130 : 143);
          });
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        rmSync(target, { recursive: true, force: true });
        move(built, target);
        published = true;
        rmSync(staging, { recursive: true, force: true });
        logger.info(`published to ${path.relative(process.cwd(), target) || target}/`);
      },
    },
  };
}

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MarqueeError } from '../lib/errors';
import type { SiteSettings } from '../schemas/site';
import { CliError } from './content-folder';

/** Marquee's own `defineSite`, for a settings file that names it by a path that only works beside `src/`. */
const SITE_SCHEMA = fileURLToPath(new URL('../schemas/site.ts', import.meta.url));

/** `from '…'` and `import('…')` with a relative path. */
const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;

/** The file a relative import names, as the TypeScript runner resolves it, or `undefined`. */
function resolveImport(folder: string, specifier: string): string | undefined {
  const base = path.resolve(folder, specifier);
  const extensionless = base.replace(/\.(js|mjs)$/, '');
  return [
    base,
    `${extensionless}.ts`,
    `${extensionless}.mts`,
    `${base}.js`,
    `${base}.mjs`,
    path.join(base, 'index.ts'),
  ].find((file) => existsSync(file) && !file.endsWith(path.sep));
}

/**
 * The text of `file` with each relative import made absolute, so that it runs from anywhere;
 * `undefined` when every import already resolves where it is. An import of `schemas/site`
 * that does not resolve (a `content/` copied out of the project keeps
 * `'../src/schemas/site'`) is Marquee's own; any other is an error naming it.
 */
function portableConfig(file: string): string | undefined {
  const folder = path.dirname(file);
  let changed = false;
  const text = readFileSync(file, 'utf8').replace(
    RELATIVE_IMPORT,
    (_match, keyword: string, quote: string, specifier: string) => {
      const own = resolveImport(folder, specifier);
      const target =
        own ?? (/(^|\/)schemas\/site(\.[mc]?[jt]s)?$/.test(specifier) ? SITE_SCHEMA : undefined);
      if (!target)
        throw new CliError(
          `${file}: the import "${specifier}" leads to no file from ${folder}; write a path that exists from there.`,
        );
      if (!own) changed = true;
      return `${keyword}${quote}${target.split(path.sep).join('/')}${quote}`;
    },
  );
  return changed ? text : undefined;
}

/**
 * The author's validated settings from `<content>/site.config.ts`, for `--content <folder>`:
 * any folder with its own `site.config.ts`, inside the project or not (a bad value throws
 * the site's own error, naming that file).
 */
export async function loadSiteSettings(contentDir: string): Promise<SiteSettings> {
  const file = path.join(contentDir, 'site.config.ts');
  if (!existsSync(file))
    throw new CliError(
      `--content ${contentDir}: there is no site.config.ts in this folder. A content folder holds its own ` +
        'site.config.ts beside reviews/, as content/ does: copy content/site.config.ts into it, or name such a folder.',
    );
  const portable = portableConfig(file);
  const copyDir =
    portable === undefined ? undefined : mkdtempSync(path.join(tmpdir(), 'marquee-site-config-'));
  try {
    let target = file;
    // `copyDir` is made only for a portable copy.
    if (copyDir) writeFileSync((target = path.join(copyDir, 'site.config.ts')), portable!);
    const module = (await import(pathToFileURL(target).href)) as { default: SiteSettings };
    return module.default;
  } catch (error) {
    if (error instanceof MarqueeError)
      throw new CliError(error.message.replaceAll('content/site.config.ts', file));
    throw error;
  } finally {
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
  }
}

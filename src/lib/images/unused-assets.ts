import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';

/**
 * Files left out when nothing names them: images Astro may copy into `_astro/` (an imported
 * original; every variant Marquee makes), and the scripts and stylesheets of components no
 * page renders (the comments loader of a site without comments, the list pages' styles on a
 * site without lists).
 */
const PRUNABLE_FILE = /\.(?:avif|gif|jpe?g|png|tiff?|webp|js|css)$/i;

/** Built files that can name an asset: pages, feeds, the sitemap, manifests, styles and scripts. */
const TEXT_FILE = /\.(?:html|xml|json|txt|css|js|mjs|webmanifest)$/i;

/**
 * Files under `dir` (recursively), by their path relative to it: regular files, or with
 * `links`, symbolic links too (never followed). Folders are never listed, whatever their
 * names: a review whose slug is `foo.json` is the folder `reviews/foo.json/`.
 */
function filesUnder(dir: string, links = false): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry: Dirent) => entry.isFile() || (links && entry.isSymbolicLink()))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Every file name (decoded) that some built text file names as `<assetsDir>/<name>`. */
function mentionedNames(dist: string, assetsDir: string): Set<string> {
  const names = new Set<string>();
  // Anchored on the folder's name, so the scan jumps from one asset URL to the next.
  const url = new RegExp(
    `${assetsDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^\\s"'()<>,?#\\\\]+)`,
    'g',
  );
  for (const file of filesUnder(dist)) {
    if (!TEXT_FILE.test(file)) continue;
    const text = readFileSync(path.join(dist, file), 'utf8');
    for (const [, name = ''] of text.matchAll(url)) names.add(decoded(name));
    // Scripts import their shared chunks by a relative name (`import "./chunk.js"`).
    if (file.startsWith(`${assetsDir}${path.sep}`) && file.endsWith('.js')) {
      for (const [, name = ''] of text.matchAll(/["'`]\.\/([^"'`]+\.js)["'`]/g))
        names.add(decoded(name));
    }
  }
  return names;
}

/**
 * Images in `dist/<assetsDir>/` that no page, feed, manifest, stylesheet or script names:
 * originals Astro copies for every image a build imports (drafts' images and any image
 * under `content/` included), which no reader can reach.
 */
export function unusedAssets(dist: string, assetsDir = '_astro'): string[] {
  const folder = path.join(dist, assetsDir);
  let files: string[];
  try {
    files = filesUnder(folder, true).filter((file) => PRUNABLE_FILE.test(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  if (!files.length) return [];
  const mentioned = mentionedNames(dist, assetsDir);
  return files
    .filter((file) => !mentioned.has(file.split(path.sep).join('/')))
    .map((file) => path.join(folder, file));
}

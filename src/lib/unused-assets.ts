import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Image files Astro may copy into `_astro/` (an imported original; every variant Marquee makes). */
const IMAGE_FILE = /\.(?:avif|gif|jpe?g|png|tiff?|webp)$/i;

/** Built files that can name an asset: pages, feeds, the sitemap, manifests, styles and scripts. */
const TEXT_FILE = /\.(?:html|xml|json|txt|css|js|mjs|webmanifest)$/i;

/** A file name as it can appear in a URL: `poster.D3x_f1.webp`, `%EC%8A%A4%ED%8B%B8.C1.avif`. */
const FILE_NAME = /[^\s"'()<>,/\\=]+\.(?:avif|gif|jpe?g|png|tiff?|webp)/gi;

function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Every file name (decoded) that some built text file mentions. */
function mentionedNames(dist: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!TEXT_FILE.test(file)) continue;
    for (const [name] of readFileSync(path.join(dist, file), 'utf8').matchAll(FILE_NAME)) names.add(decoded(name));
  }
  return names;
}

/**
 * Images in `dist/<assets>/` that no page, feed, manifest, stylesheet or script names:
 * originals Astro copies for every image a build imports (drafts' images and any image
 * under `content/` included), which no reader can reach.
 */
export function unusedAssets(dist: string, assetsDir = '_astro'): string[] {
  const folder = path.join(dist, assetsDir);
  let files: string[];
  try {
    files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => IMAGE_FILE.test(file));
  } catch {
    return [];
  }
  const mentioned = mentionedNames(dist);
  return files.filter((file) => !mentioned.has(path.basename(file))).map((file) => path.join(folder, file));
}

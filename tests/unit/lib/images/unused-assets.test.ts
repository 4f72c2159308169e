import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { unusedAssets } from '../../../../src/lib/images/unused-assets';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A built site: `files` by path under `dist/` (a path ending in `/` is a folder). */
function built(files: Record<string, string>): string {
  dist = mkdtempSync(path.join(tmpdir(), 'marquee-unused-'));
  for (const [file, text] of Object.entries(files)) {
    const at = path.join(dist, file);
    if (file.endsWith('/')) mkdirSync(at, { recursive: true });
    else {
      mkdirSync(path.dirname(at), { recursive: true });
      writeFileSync(at, text);
    }
  }
  return dist;
}

/** What `unusedAssets` leaves out of a site built from `files`, by path under `dist/`. */
function unusedIn(files: Record<string, string>): string[] {
  built(files);
  return unusedAssets(dist).map((file) => path.relative(dist, file));
}

describe('unused assets', () => {
  test('folders named like files are never read: a review whose slug is x.json', () => {
    expect(
      unusedIn({
        'reviews/x.json/index.html': '<img src="/_astro/used.webp">',
        'reviews/y.html/index.html': '',
        'x.json/': '',
        '_astro/used.webp': 'w',
        '_astro/original.jpg': 'exif',
        '_astro/folder.png/': '',
      }),
    ).toEqual([path.join('_astro', 'original.jpg')]);
  });

  test('a stylesheet no page links (a list page style on a site without lists) is left out; a linked one and what it names stay', () => {
    expect(
      unusedIn({
        'index.html': '<link rel="stylesheet" href="/_astro/Base.abc.css">',
        '_astro/Base.abc.css': '@font-face{src:url(/_astro/font.woff2)}',
        '_astro/font.woff2': 'f',
        '_astro/ListPoster.def.css': '.list-poster{}',
      }),
    ).toEqual([path.join('_astro', 'ListPoster.def.css')]);
  });

  test('a symbolic link in _astro that no page names is left out, not followed', () => {
    built({ 'index.html': '', 'secret.jpg': 'gps' });
    mkdirSync(path.join(dist, '_astro'));
    symlinkSync(path.join(dist, 'secret.jpg'), path.join(dist, '_astro', 'linked.jpg'));
    expect(unusedAssets(dist).map((file) => path.relative(dist, file))).toEqual([
      path.join('_astro', 'linked.jpg'),
    ]);
  });

  test('no _astro folder: nothing to leave out', () => {
    built({ 'index.html': '' });
    expect(unusedAssets(dist)).toEqual([]);
  });
});

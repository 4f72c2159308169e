import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { slugFromEntryPath } from '../../lib/slugs';
import { slugCollisionKey } from '../../lib/rules/slug-rules';
import { existingSlugs, folderForTitle } from '../content-folder';
import type { ImportedPost } from './post';

/** Drops empty values so the frontmatter holds only what was found. */
function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(
      ([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0),
    );
    return Object.fromEntries(entries.map(([key, item]) => [key, compact(item)])) as T;
  }
  return value;
}

/** The bundle's `index.md`: YAML frontmatter (`draft: true` after the date) and the body. */
export function bundleText(post: ImportedPost): string {
  const { title, pubDate, ...rest } = post.frontmatter;
  const yaml = stringify(compact({ title, pubDate, draft: true, ...rest }), { lineWidth: 0 });
  return `---\n${yaml}---\n\n${post.body}`;
}

export type BundleResult = { written: string } | { skipped: string };

/**
 * Writes imported posts as draft bundles under `reviews/`. A folder or slug that is
 * already taken on disk is never overwritten: the post is skipped (so importing the same
 * file twice changes nothing); two posts of one run with the same title get `-2`, `-3`.
 */
export function createBundleWriter(reviewsDir: string) {
  const onDisk = existingSlugs(reviewsDir);
  const thisRun = new Set<string>();
  return (post: ImportedPost): BundleResult => {
    const base = folderForTitle(post.slugTitle) || 'imported';
    const taken = onDisk.get(slugCollisionKey(slugFromEntryPath(`${base}/index.md`)));
    if (taken || (existsSync(path.join(reviewsDir, base)) && !thisRun.has(base.toLowerCase()))) {
      return {
        skipped: `already imported or in use by reviews/${taken ?? base}; nothing overwritten`,
      };
    }
    let folder = base;
    for (
      let n = 2;
      thisRun.has(folder.toLowerCase()) || existsSync(path.join(reviewsDir, folder));
      n += 1
    )
      folder = `${base}-${n}`;
    thisRun.add(folder.toLowerCase());
    const target = path.join(reviewsDir, folder);
    mkdirSync(target, { recursive: true });
    for (const image of post.images) copyFileSync(image.from, path.join(target, image.name));
    const file = path.join(target, 'index.md');
    writeFileSync(file, bundleText(post), { flag: 'wx' });
    return { written: file };
  };
}

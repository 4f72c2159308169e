import { slug } from 'github-slugger';

/**
 * The slug of a review from its path under `content/reviews/`: the folder of a page
 * bundle (`her/index.md` → `her`) or the file name (`her.md` → `her`). Unicode is kept
 * as written (NFC), so `그녀/index.md` → `그녀`.
 */
export function slugFromEntryPath(entry: string): string {
  const withoutExtension = entry.replace(/\.md$/i, '');
  const segments = withoutExtension.split('/');
  if (segments.length > 1 && segments.at(-1)?.toLowerCase() === 'index') segments.pop();
  return segments.join('/').normalize('NFC');
}

/** A URL segment for a taxonomy term: readable Unicode, spaces and punctuation as `-`. */
export function termSlug(name: string): string {
  return slug(name.normalize('NFC').trim()) || encodeURIComponent(name.trim());
}

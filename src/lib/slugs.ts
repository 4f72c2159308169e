/**
 * The slug of a review from its path under `content/reviews/`: the folder of a page
 * bundle (`her/index.md` → `her`) or the file name (`her.md` → `her`). Unicode is kept
 * as written (NFC), so `그녀/index.md` → `그녀`; runs of spaces become one `-`
 * (`그녀 두번째/` → `그녀-두번째`), since a space in an address is never what is meant.
 */
export function slugFromEntryPath(entry: string): string {
  const withoutExtension = entry.replace(/\.md$/i, '');
  const segments = withoutExtension.split('/');
  if (segments.length > 1 && segments.at(-1)?.toLowerCase() === 'index') segments.pop();
  return segments
    .map((segment) => segment.trim().replace(/\s+/g, '-'))
    .join('/')
    .normalize('NFC');
}

/**
 * The key that groups spellings of one term: `SF`, `sf` and ` SF ` are one tag. NFC, lower
 * case, inner whitespace collapsed; nothing else is folded, so `Sci-Fi` and `Sci Fi` stay
 * two terms (the registry in `taxonomies.ts` gives them different slugs).
 */
export function termKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFC');
}

/**
 * A readable URL segment for a term: Korean and other letters and digits kept as written
 * (lower case), apostrophes dropped, every run of spaces and punctuation one `-`
 * (`비 오는 날` → `비-오는-날`, `Director's Cut` → `directors-cut`). A name with no letter
 * or digit (`★`) becomes its code points (`u2605`). Only the taxonomy registry calls this:
 * it also makes the segment unique.
 */
export function termSlug(name: string): string {
  const key = termKey(name);
  const slug = key
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return (
    // Each character has a code point.
    slug || [...key].map((character) => `u${character.codePointAt(0)!.toString(16)}`).join('-')
  );
}

/**
 * What a review's slug (its folder or file name, or `slug:`) may be. The slug becomes a
 * folder in `dist/` and a URL path segment, so names that mean something to file systems or
 * URLs are refused: `.` and `..` would write over `/reviews/` or the home page, `/` and `\`
 * would nest folders, `%` would be read as an escape, `?` and `#` would end the path.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\%?#\u0000-\u001f\u007f]/;

/** Why `slug` cannot be used, or `undefined` when it can. */
export function slugProblem(slug: string): string | undefined {
  if (slug === '') return 'found an empty slug, expected a name such as her-2013';
  if (slug === '.' || slug === '..') return `found "${slug}", which is not a name; expected a name such as her-2013`;
  const bad = FORBIDDEN.exec(slug)?.[0];
  if (bad) {
    // eslint-disable-next-line no-control-regex
    const shown = /[\u0000-\u001f\u007f]/.test(bad) ? 'a control character' : `"${bad}"`;
    // eslint-disable-next-line no-control-regex
    return `found "${slug.replace(/[\u0000-\u001f\u007f]/g, '�')}" with ${shown}; a slug cannot contain / \\ % ? # or control characters`;
  }
  return undefined;
}

/** The key under which two slugs collide on case-insensitive file systems (macOS, Windows). */
export function slugCollisionKey(slug: string): string {
  return slug.normalize('NFC').toLowerCase();
}

import { termSlug } from '../slugs';

/**
 * The most UTF-8 bytes a name Marquee writes to disk may take: a review's slug (each
 * segment) or a term's URL segment. File systems allow 255 bytes per name; Marquee
 * appends up to 17 to a slug (a preview card is `<slug>.<12-digit hash>.png`) and a few to
 * a term that shares its segment with another (`-2`). 200 bytes is 200 Latin letters or
 * 66 Korean syllables (3 bytes each).
 */
export const MAX_NAME_BYTES = 200;

/**
 * Endings that static hosts serve by (GitHub Pages, Netlify, Cloudflare Pages pick the
 * content type from the last extension, and some serve `foo.json` before `foo.json/`): a
 * slug ending in one is a folder whose address looks like a file.
 */
const FILE_ENDINGS = new Set(
  (
    'html htm xhtml shtml xml json jsonld txt text md markdown csv tsv rss atom webmanifest ics vcf ' +
    'css js mjs cjs map wasm ts php asp aspx jsp cgi pl py rb sh ' +
    'png jpg jpeg jpe gif webp avif svg svgz ico bmp tif tiff heic heif jxl apng ' +
    'mp3 mp4 m4a m4v mov webm ogg oga ogv opus wav flac aac mkv avi mpg mpeg 3gp ' +
    'woff woff2 ttf otf eot pdf epub zip gz tgz tar br zst bz2 xz 7z rar dmg exe msi apk deb rpm ' +
    'doc docx xls xlsx ppt pptx odt ods odp rtf yaml yml toml ini vtt srt'
  ).split(' '),
);

/** The file ending `name` has (`json` for `foo.JSON`), when a host would serve it as a file. */
export function fileEnding(name: string): string | undefined {
  const ending = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ending && FILE_ENDINGS.has(ending) ? ending : undefined;
}

/** UTF-8 bytes of a name as written to disk (NFC). */
function nameBytes(name: string): number {
  return Buffer.byteLength(name.normalize('NFC'), 'utf8');
}

/** `"abc…"`: a long name cut to its start for a message. */
function quoted(name: string): string {
  const characters = [...name];
  return `"${characters.length > 40 ? `${characters.slice(0, 37).join('')}…` : name}"`;
}

const tooLong = (what: string, bytes: number) =>
  `${what} is ${bytes} bytes long, expected at most ${MAX_NAME_BYTES} bytes (${MAX_NAME_BYTES} Latin letters or ${Math.floor(MAX_NAME_BYTES / 3)} Korean syllables), ` +
  `since it names a folder and files, and file systems allow 255 bytes per name`;

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
  if (slug === '.' || slug === '..')
    return `found "${slug}", which is not a name; expected a name such as her-2013`;
  const bad = FORBIDDEN.exec(slug)?.[0];
  if (bad) {
    // eslint-disable-next-line no-control-regex
    const shown = /[\u0000-\u001f\u007f]/.test(bad) ? 'a control character' : `"${bad}"`;
    // eslint-disable-next-line no-control-regex
    return `found "${slug.replace(/[\u0000-\u001f\u007f]/g, '�')}" with ${shown}; a slug cannot contain / \\ % ? # or control characters`;
  }
  const ending = fileEnding(slug);
  if (ending) {
    return `found ${quoted(slug)}, which ends like a .${ending} file, so hosts would serve its address as one; expected a slug without a file ending, such as ${quoted(slug.replace(/\.([a-z0-9]+)$/i, '-$1'))}`;
  }
  const bytes = nameBytes(slug);
  if (bytes > MAX_NAME_BYTES) return tooLong(`found the slug ${quoted(slug)}, which`, bytes);
  return undefined;
}

/**
 * Why a term's name (a tag, genre, country, category or person) cannot be used, or
 * `undefined` when it can: its URL segment (`termSlug`), a folder in `dist/`, must fit
 * `MAX_NAME_BYTES`. File endings need no rule here: the segment turns `.` into `-`
 * (`Node.js` → `node-js`).
 */
export function termNameProblem(name: string): string | undefined {
  const segment = termSlug(name);
  const bytes = nameBytes(segment);
  if (bytes <= MAX_NAME_BYTES) return undefined;
  return `${tooLong(`found ${quoted(name.trim())}, whose address segment`, bytes)}; shorten the name`;
}

/** The key under which two slugs collide on case-insensitive file systems (macOS, Windows). */
export function slugCollisionKey(slug: string): string {
  return slug.normalize('NFC').toLowerCase();
}

/**
 * Applies `segment` to the text of an HTML page and to nothing else, in one pass over the
 * string: a review page goes to the search index without being parsed into a tree and
 * written out again (which took as long as Pagefind's own indexing).
 *
 * Left as written: tags and their attributes, comments, the contents of `script`, `style`,
 * `template` and `noscript`, and the contents of any element carrying Pagefind metadata,
 * filters or sort keys (`data-pagefind-meta`, `-filter`, `-sort`), whose text Pagefind
 * stores as it is.
 */

/** A comment, a doctype, or a tag with its attributes (quoted values may hold `>`). */
const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Elements whose content is raw text: skipped up to their end tag. */
const RAW_TEXT = new Set(['script', 'style']);

/** Elements whose text is never segmented. */
const KEEP = new Set(['template', 'noscript']);

const KEEPS_TEXT_AS_IS = /\sdata-pagefind-(?:meta|filter|sort)\b/;

/** Elements that never have content (an `<img data-pagefind-meta>` opens nothing). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export function segmentHtmlText(html: string, segment: (text: string) => string): string {
  let out = '';
  let last = 0;
  /** The element whose content is being kept as is, and how deeply it is nested in itself. */
  let kept: { name: string; depth: number } | undefined;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const text = html.slice(last, match.index);
    out += kept ? text : segment(text);
    out += match[0];
    last = TOKEN.lastIndex;
    const [, closing, rawName, attributes = ''] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (!closing && RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = last;
      const stop = end.exec(html)?.index ?? html.length;
      out += html.slice(last, stop);
      last = TOKEN.lastIndex = stop;
      continue;
    }
    if (kept) {
      if (name === kept.name && !attributes.endsWith('/')) kept.depth += closing ? -1 : 1;
      if (kept.depth === 0) kept = undefined;
    } else if (
      !closing &&
      !attributes.endsWith('/') &&
      !VOID.has(name) &&
      (KEEP.has(name) || KEEPS_TEXT_AS_IS.test(attributes))
    ) {
      kept = { name, depth: 1 };
    }
  }
  return out + (kept ? html.slice(last) : segment(html.slice(last)));
}

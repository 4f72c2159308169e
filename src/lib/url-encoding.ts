/**
 * THE encoder of a URL path segment: every address of a review (links, canonical, og:url,
 * sitemap, RSS, JSON-LD, search results) is spelled through it, so they always agree
 * (`그녀` → `%EA%B7%B8%EB%85%80`, `a&b` → `a%26b`).
 */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment.normalize('NFC'));
}

/** A page's path as Astro gives it (`Astro.url.pathname`, encoded or not), spelled by `encodeSegment`. */
export function encodedPath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return encodeSegment(decodeURIComponent(segment));
      } catch {
        return encodeSegment(segment);
      }
    })
    .join('/');
}

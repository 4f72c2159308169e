import { buildState } from '../build-state';

/**
 * The redirect pages the build wrote (old term addresses, see `termRedirects`), so the
 * sitemap leaves them out: a search engine should list only the page they lead to.
 */
const written = buildState('term-redirects', () => new Set<string>());

export function markTermRedirect(pathname: string): void {
  written.add(decodeURI(pathname));
}

/** Whether a built page's URL is one of those redirects. */
export function isTermRedirect(url: string): boolean {
  return written.has(decodeURI(new URL(url).pathname));
}

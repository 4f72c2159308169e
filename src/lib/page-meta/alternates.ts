import type { Language } from '../../i18n/languages';
import { buildState } from '../build-state';

/** One `<link rel="alternate" hreflang>`: a language (or `x-default`) and the page's absolute URL. */
export interface Alternate {
  hreflang: Language | 'x-default';
  href: string;
}

/** The alternates each built page named, by decoded path, for the sitemap (which runs in the config's module graph). */
const recorded = buildState('language-alternates', () => new Map<string, Alternate[]>());

/** Records the alternates a page names (`BaseLayout` calls it), so the sitemap carries the same. */
export function recordAlternates(alternates: Alternate[]): void {
  for (const { href } of alternates) recorded.set(decodeURI(new URL(href).pathname), alternates);
}

/** The sitemap's `links` of a built page (`@astrojs/sitemap`'s `serialize`): its alternates, or none. */
export function sitemapLinks(url: string): { lang: string; url: string }[] | undefined {
  const alternates = recorded.get(decodeURI(new URL(url).pathname));
  return alternates?.map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
}

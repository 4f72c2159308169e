import { site } from './site';
import { termSlug } from './slugs';

/** A path under the site's base path: `withBase('reviews/her/')` → `/blog/reviews/her/`. */
export function withBase(path = ''): string {
  return `${site.base}${path.replace(/^\//, '')}`;
}

/** An absolute URL for canonical links, feeds and Open Graph. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.origin).href;
}

/** `/reviews/<slug>/`, percent-encoded as browsers send it. */
export function reviewPath(slug: string): string {
  return withBase(`reviews/${slug.split('/').map(encodeURIComponent).join('/')}/`);
}

/** Home and its later pages: `/`, `/page/2/`. */
export function homePagePath(page: number): string {
  return page <= 1 ? withBase() : withBase(`page/${page}/`);
}

/** Taxonomies Marquee builds pages for (Hugo's word: a taxonomy has terms). */
export type Taxonomy = 'categories' | 'tags' | 'genres' | 'people' | 'countries' | 'years';

/** A term's page: `/genres/드라마/`, `/years/2013/`, then `/genres/드라마/page/2/`. */
export function termPath(taxonomy: Taxonomy, name: string, page = 1): string {
  const segment = encodeURIComponent(taxonomy === 'years' ? name : termSlug(name));
  return withBase(`${taxonomy}/${segment}/${page > 1 ? `page/${page}/` : ''}`);
}

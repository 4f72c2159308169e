import { site } from './site';
import type { Taxonomy, Term } from './taxonomies/taxonomies';
import { encodeSegment } from './url-encoding';

export { encodedPath, encodeSegment } from './url-encoding';

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
  return withBase(`reviews/${slug.split('/').map(encodeSegment).join('/')}/`);
}

/** Home and its later pages: `/`, `/page/2/`. */
export function homePagePath(page: number): string {
  return page <= 1 ? withBase() : withBase(`page/${page}/`);
}

/** A taxonomy's index of terms: `/genres/`. */
export function taxonomyPath(taxonomy: Taxonomy): string {
  return withBase(`${taxonomy}/`);
}

/**
 * A term's page: `/genres/드라마/`, `/years/2013/`, then `/genres/드라마/page/2/`. Takes a
 * term from the taxonomy registry (`review.terms`, `review.credits`), never a bare name,
 * so every link agrees with the page that was built.
 */
export function termPath(taxonomy: Taxonomy, term: Pick<Term, 'slug'>, page = 1): string {
  return withBase(
    `${taxonomy}/${encodeURIComponent(term.slug)}/${page > 1 ? `page/${page}/` : ''}`,
  );
}

/** Reviews by publication year and month. */
export function archivePath(): string {
  return withBase('archive/');
}

/** Reviews by the date the film was watched. */
export function diaryPath(): string {
  return withBase('diary/');
}

/** Charts of the reviews in numbers. */
export function statsPath(): string {
  return withBase('stats/');
}

/** One year of the diary: `/diary/2025/`. */
export function diaryYearPath(year: number): string {
  return withBase(`diary/${year}/`);
}

/** The year in review, by watch date: `/year-in-review/2025/`. */
export function yearInReviewPath(year: number): string {
  return withBase(`year-in-review/${year}/`);
}

/** Every film list: `/lists/`. */
export function listsPath(): string {
  return withBase('lists/');
}

/** A film list: `/lists/<slug>/`, percent-encoded as browsers send it. */
export function listPath(slug: string): string {
  return withBase(`lists/${encodeSegment(slug)}/`);
}

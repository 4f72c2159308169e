import { t, tCount } from '../../i18n';
import { getReviews, type Review } from '../reviews/reviews';
import { site } from '../site';
import type { Taxonomy, Term, TermEntry } from '../taxonomies/taxonomies';
import { describePage, siteSentences } from './descriptions';

/** The meta description of each kind of page, naming what it holds. */

const lang = site.language;
const films = (reviews: Pick<Review, 'data'>[]) => reviews.map((review) => review.data.movie.title);
const reviewCount = async () => tCount(lang, 'count.reviews', (await getReviews()).length);

/** Home's first page: the site's description, its count of reviews, the newest films. */
export async function homeDescription(page: { reviews: Review[]; current: number }): Promise<string> {
  if (page.current > 1)
    return describePage(t(lang, 'meta.homePage', { site: site.title, page: page.current }), films(page.reviews), siteSentences());
  return describePage(
    t(lang, 'meta.home', { description: site.description, count: await reviewCount() }),
    films(page.reviews),
    siteSentences(),
  );
}

/** A taxonomy's index: what it groups, then its terms with their counts. */
export function taxonomyDescription(taxonomy: Taxonomy, entries: TermEntry<Review>[]): string {
  const lead = t(lang, 'meta.taxonomy', { description: t(lang, `taxonomy.${taxonomy}.description`), count: entries.length });
  return describePage(
    lead,
    entries.map((entry) => `${entry.term.name} (${entry.reviews.length})`),
    siteSentences(),
  );
}

/** One page of a term: "장르: 드라마 — 리뷰 12편: 그녀, 애프터썬, …", the films of that page. */
export function termDescription(taxonomy: Taxonomy, term: Term, count: number, page: { reviews: Review[]; current: number }): string {
  const heading = t(lang, `taxonomy.${taxonomy}.term`, { name: term.name });
  let lead = t(lang, 'taxonomy.termDescription', { term: heading, count: tCount(lang, 'count.reviews', count) });
  if (page.current > 1) lead += ` · ${t(lang, 'pagination.page', { page: page.current })}`;
  return describePage(lead, films(page.reviews), [...page.reviews.slice(0, 1).map((review) => review.description), ...siteSentences()]);
}

export async function archiveDescription(): Promise<string> {
  const reviews = await getReviews();
  return describePage(t(lang, 'meta.archive', { count: await reviewCount() }), films(reviews), siteSentences());
}

export async function diaryDescription(): Promise<string> {
  const watched = (await getReviews())
    .filter((review) => review.data.watched)
    .sort((a, b) => b.data.watched!.getTime() - a.data.watched!.getTime());
  return describePage(t(lang, 'meta.diary', { count: tCount(lang, 'count.reviews', watched.length) }), films(watched), siteSentences());
}

export async function statsDescription(): Promise<string> {
  return describePage(t(lang, 'meta.stats', { count: await reviewCount() }), [], siteSentences());
}

export async function searchDescription(): Promise<string> {
  return describePage(t(lang, 'meta.search', { count: await reviewCount() }), [], siteSentences());
}

export function notFoundDescription(): string {
  return describePage(t(lang, 'meta.notFound', { site: site.title }), [], siteSentences());
}

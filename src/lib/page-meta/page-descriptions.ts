import { t, tCount } from '../../i18n';
import { getReviews, type Review } from '../reviews/reviews';
import { site } from '../site';
import type { Taxonomy, Term, TermEntry } from '../taxonomies/taxonomies';
import { describePage, siteSentences, type TextSettings } from './descriptions';
import { filmNames } from './film-names';

/** The meta description of each kind of page, naming what it holds (each film once: `filmNames`). */

const lang = site.language;
const reviewCount = async () => tCount(lang, 'count.reviews', (await getReviews()).length);

/** Home's first page: the site's description, its count of reviews, the newest films. */
export async function homeDescription(page: { reviews: Review[]; current: number }): Promise<string> {
  if (page.current > 1)
    return describePage(t(lang, 'meta.homePage', { site: site.title, page: page.current }), filmNames(page.reviews), siteSentences());
  return describePage(
    t(lang, 'meta.home', { description: site.description, count: await reviewCount() }),
    filmNames(page.reviews),
    siteSentences(),
  );
}

/** A taxonomy's index: what it groups, how many terms ("1 category", "12 genres"), then the terms with their counts. */
export function taxonomyDescription(
  taxonomy: Taxonomy,
  entries: Pick<TermEntry<unknown>, 'term' | 'reviews'>[],
  settings: TextSettings = site,
): string {
  const { language } = settings;
  const lead = t(language, 'meta.taxonomy', {
    description: t(language, `taxonomy.${taxonomy}.description`),
    count: tCount(language, `count.${taxonomy}`, entries.length),
  });
  return describePage(
    lead,
    entries.map((entry) => `${entry.term.name} (${entry.reviews.length})`),
    siteSentences(settings),
  );
}

/** One page of a term: "장르: 드라마 — 리뷰 12편: 그녀, 애프터썬, …", the films of that page. */
export function termDescription(
  taxonomy: Taxonomy,
  term: Pick<Term, 'name'>,
  count: number,
  page: { reviews: Pick<Review, 'data' | 'description'>[]; current: number },
  settings: TextSettings = site,
): string {
  const { language } = settings;
  const heading = t(language, `taxonomy.${taxonomy}.term`, { name: term.name });
  let lead = t(language, 'taxonomy.termDescription', { term: heading, count: tCount(language, 'count.reviews', count) });
  if (page.current > 1) lead += ` · ${t(language, 'pagination.page', { page: page.current })}`;
  return describePage(lead, filmNames(page.reviews), [
    ...page.reviews.slice(0, 1).map((review) => review.description),
    ...siteSentences(settings),
  ]);
}

export async function archiveDescription(): Promise<string> {
  const reviews = await getReviews();
  return describePage(t(lang, 'meta.archive', { count: await reviewCount() }), filmNames(reviews), siteSentences());
}

export async function diaryDescription(): Promise<string> {
  const watched = (await getReviews())
    .filter((review) => review.data.watched)
    .sort((a, b) => b.data.watched!.getTime() - a.data.watched!.getTime());
  return describePage(t(lang, 'meta.diary', { count: tCount(lang, 'count.reviews', watched.length) }), filmNames(watched), siteSentences());
}

export async function statsDescription(): Promise<string> {
  return describePage(t(lang, 'meta.stats', { count: await reviewCount() }), [], siteSentences());
}

export async function searchDescription(): Promise<string> {
  return describePage(t(lang, 'meta.search', { count: await reviewCount() }), [], siteSentences());
}

export function notFoundDescription(settings: TextSettings = site): string {
  return describePage(t(settings.language, 'meta.notFound', { site: settings.title }), [], siteSentences(settings));
}

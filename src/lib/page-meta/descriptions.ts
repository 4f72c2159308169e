import { t, tCount } from '../../i18n';
import type { SiteSettings } from '../../schemas/site';
import { getReviews, type Review } from '../reviews/reviews';
import { site } from '../site';
import type { Taxonomy, Term, TermEntry } from '../taxonomies/taxonomies';
import { filmLabel, filmNames, titleIsFilm } from './film-names';
import { yearLabel } from '../browse/archive';

/**
 * Meta descriptions of every kind of page, generated where the author wrote none, naming
 * what the page holds (each film once: `filmNames`).
 */

/** The settings generated text reads: the site's by default, an English or Korean one in tests. */
export type TextSettings = Pick<SiteSettings, 'language' | 'title' | 'description'>;

/**
 * Meta descriptions: long enough to say what the page holds (search engines replace
 * shorter ones with text of their own), short enough not to be cut in results.
 */
export const DESCRIPTION_LENGTH = { min: 50, max: 160 } as const;

/** Length as readers count it: code points, so a Hangul syllable is one. */
export const textLength = (text: string) => Array.from(text).length;

/** `text` cut to `max` characters at a space where there is one, with an ellipsis. */
export function clampText(text: string, max: number = DESCRIPTION_LENGTH.max): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (textLength(normalised) <= max) return normalised;
  const cut = Array.from(normalised)
    .slice(0, max - 1)
    .join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;·—-]+$/, '')}…`;
}

/**
 * A page's description: `lead` then as many `items` as fit ("장르: 드라마 — 리뷰 12편: 그녀,
 * 애프터썬, …"), then `more` sentences while it is shorter than the minimum.
 */
export function describePage(lead: string, items: string[] = [], more: string[] = []): string {
  let text = lead;
  items.forEach((item, index) => {
    const next = `${text}${index === 0 ? ': ' : ', '}${item}`;
    if (textLength(next) <= DESCRIPTION_LENGTH.max - 2) text = next;
  });
  const last = items.at(-1);
  if (last !== undefined && !text.endsWith(last)) text += ' …';
  for (const sentence of more) {
    if (textLength(text) >= DESCRIPTION_LENGTH.min) break;
    text = `${text}${/[.!?…]$/.test(text) ? '' : '.'} ${sentence}`;
  }
  return clampText(text);
}

/** Sentences that pad a short description with what the whole site is. */
export const siteSentences = (settings: TextSettings = site) => [
  settings.description,
  t(settings.language, 'meta.siteSuffix', { site: settings.title }),
];

/**
 * A review's description: the author's when it is long enough, else the film named first
 * ("A review of Her (2013): Lonely hearts."), without saying the title twice when the
 * headline is the film's title ("A review of Halloween (1978)."), in the review's language.
 */
export function reviewDescription(
  review: Pick<Review, 'description' | 'data'> & Partial<Pick<Review, 'lang'>>,
  settings: TextSettings = site,
): string {
  const { movie, title } = review.data;
  if (textLength(review.description) >= DESCRIPTION_LENGTH.min)
    return clampText(review.description);
  const lang = review.lang ?? settings.language;
  const film = filmLabel(movie);
  const lead = titleIsFilm(title, movie)
    ? t(lang, 'meta.reviewOf', { film })
    : t(lang, 'meta.review', { film, title });
  return describePage(`${lead} ${review.description}`.trim(), [], siteSentences(settings));
}

const lang = site.language;
const reviewCount = async () => tCount(lang, 'count.reviews', (await getReviews()).length);

/** Home's first page: the site's description, its count of reviews, the newest films. */
export async function homeDescription(page: {
  reviews: Review[];
  current: number;
}): Promise<string> {
  if (page.current > 1)
    return describePage(
      t(lang, 'meta.homePage', { site: site.title, page: page.current }),
      filmNames(page.reviews),
      siteSentences(),
    );
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
  let lead = t(language, 'taxonomy.termDescription', {
    term: heading,
    count: tCount(language, 'count.reviews', count),
  });
  if (page.current > 1) lead += ` · ${t(language, 'pagination.page', { page: page.current })}`;
  return describePage(lead, filmNames(page.reviews), [
    ...page.reviews.slice(0, 1).map((review) => review.description),
    ...siteSentences(settings),
  ]);
}

export async function archiveDescription(): Promise<string> {
  const reviews = await getReviews();
  return describePage(
    t(lang, 'meta.archive', { count: await reviewCount() }),
    filmNames(reviews),
    siteSentences(),
  );
}

/** A diary page's description: the year's viewings and the films of its latest ones. */
export function diaryDescription(
  year:
    { year: number; count: number; months: { items: { film: { title: string } }[] }[] } | undefined,
  /** For `/diary/`, which shows the newest year: the viewings of every year, so its description is its own. */
  allViewings?: number,
): string {
  const films = [
    ...new Set((year?.months ?? []).flatMap((month) => month.items.map((item) => item.film.title))),
  ];
  const count = tCount(lang, 'count.viewings', allViewings ?? year?.count ?? 0);
  return describePage(
    year && allViewings === undefined
      ? t(lang, 'meta.diaryYear', { year: yearLabel(year.year, lang), count })
      : t(lang, 'meta.diary', { count }),
    films,
    siteSentences(),
  );
}

export async function statsDescription(): Promise<string> {
  return describePage(t(lang, 'meta.stats', { count: await reviewCount() }), [], siteSentences());
}

export async function searchDescription(): Promise<string> {
  return describePage(t(lang, 'meta.search', { count: await reviewCount() }), [], siteSentences());
}

export function notFoundDescription(settings: TextSettings = site): string {
  return describePage(
    t(settings.language, 'meta.notFound', { site: settings.title }),
    [],
    siteSentences(settings),
  );
}

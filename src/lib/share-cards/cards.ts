import { fileURLToPath } from 'node:url';
import type { ImageMetadata } from 'astro';
import { t, tCount } from '../../i18n';
import type { SiteSettings } from '../../schemas/site';
import { distinctOriginalTitle, filmNames, titleIsFilm } from '../page-meta/film-names';
import type { Review } from '../reviews/reviews';
import { site } from '../site';
import type { Taxonomy, Term } from '../taxonomies/taxonomies';
import { withBase } from '../urls';
import { countryByName } from '../vocabulary/countries';
import { CARD_HEIGHT, CARD_WIDTH, STRIP_POSTER, type CardContent } from './layout';
import { cardHash } from './render';

/** The settings a card reads: the site's by default, an English or Korean one in tests. */
export type CardSettings = Pick<SiteSettings, 'language' | 'title'>;

/** A preview card as pages link it and the `og/` route builds it. */
export interface ShareCard {
  content: CardContent;
  /** The route parameter: `reviews/her.1a2b3c4d5e6f.png` (name and content hash). */
  file: string;
  /** Root-relative URL under the base path, percent-encoded. */
  url: string;
  /** What the card shows, for `og:image:alt`. */
  alt: string;
  width: number;
  height: number;
  type: 'image/png';
}

/**
 * The file behind an `astro:assets` image: `fsPath` in a build, the `/@fs/` URL under
 * `astro dev`. Cards read the original so they never depend on another route's output.
 */
export function imageFile(image: ImageMetadata): string {
  const fsPath = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (fsPath) return fsPath;
  return fileURLToPath(
    new URL(`file://${new URL(image.src, 'http://x').pathname.replace(/^\/@fs/, '')}`),
  );
}

export function shareCard(name: string, content: CardContent, alt: string): ShareCard {
  const file = `${name}.${cardHash(content)}.png`;
  return {
    content,
    file,
    url: withBase(`og/${file.split('/').map(encodeURIComponent).join('/')}`),
    alt,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
  };
}

/** Countries whose films' titles are drawn with Japanese or Chinese glyph shapes. */
const CJK_LANGUAGES: Record<string, 'ja' | 'zh'> = {
  JP: 'ja',
  CN: 'zh',
  TW: 'zh',
  HK: 'zh',
  MO: 'zh',
};

/** The film's first country with a CJK script of its own (`일본` → `ja`), else `undefined`. */
export function cjkLanguageOf(countries: readonly string[] | undefined): 'ja' | 'zh' | undefined {
  for (const name of countries ?? []) {
    const code = countryByName(name)?.code;
    if (code && CJK_LANGUAGES[code]) return CJK_LANGUAGES[code];
  }
  return undefined;
}

/**
 * A review's card: poster (else cover), film, original title and year, stars, post title.
 * A headline that is just the film's title is not shown a second time.
 */
export function reviewCard(
  review: Pick<Review, 'slug' | 'data'>,
  settings: CardSettings = site,
): ShareCard {
  const { data } = review;
  const { movie } = data;
  const image = movie.poster ?? data.cover;
  const filmLine = [distinctOriginalTitle(movie), movie.year]
    .filter((part) => part !== undefined)
    .join(' · ');
  const sameAsFilm = titleIsFilm(data.title, movie);
  const content: CardContent = {
    kind: 'review',
    siteName: settings.title,
    filmTitle: movie.title,
    filmLine: filmLine || undefined,
    rating: data.rating,
    postTitle: sameAsFilm ? undefined : data.title,
    poster: image && imageFile(image),
    cjkLanguage: cjkLanguageOf(movie.countries),
  };
  const alt = sameAsFilm
    ? t(settings.language, 'share.reviewAltFilm', { film: movie.title })
    : t(settings.language, 'share.reviewAlt', { film: movie.title, title: data.title });
  return shareCard(`reviews/${review.slug}`, content, alt);
}

const posters = (reviews: Pick<Review, 'data'>[]) =>
  reviews
    .map(({ data }) => data.movie.poster ?? data.cover)
    .filter((image) => image !== undefined)
    .slice(0, STRIP_POSTER.count)
    .map(imageFile);

/** The site's address without the scheme, for the card's top line: `example.com/blog`. */
const siteAddress = () => site.url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** The card of home and the fixed pages: site name, description, posters of the newest reviews. */
export function siteCard(newestFirst: Pick<Review, 'data'>[]): ShareCard {
  const content: CardContent = {
    kind: 'collection',
    siteName: siteAddress(),
    heading: site.title,
    subheading: site.description,
    posters: posters(newestFirst),
  };
  return shareCard('site', content, t(site.language, 'share.siteAlt', { site: site.title }));
}

/**
 * Taxonomies whose terms get a card of their own. Their vocabularies stay small (a few dozen
 * genres, countries, years, categories); people and tags grow with the blog, into thousands
 * of terms at a thousand reviews, and a card takes tens of milliseconds to draw, so their
 * pages share the site card.
 */
const TERM_CARD_TAXONOMIES: readonly Taxonomy[] = ['categories', 'genres', 'countries', 'years'];

/** The card of a term's pages: its own for the taxonomies above, else none (the page uses the site card). */
export function termPageCard(
  taxonomy: Taxonomy,
  term: Term,
  newestFirst: Pick<Review, 'data'>[],
  settings: CardSettings = site,
): ShareCard | undefined {
  if (!TERM_CARD_TAXONOMIES.includes(taxonomy)) return undefined;
  // Every page of a term asks with the same list: made once (a category's card names films
  // from all its reviews, thousands on a large blog, on each of its pages).
  const key = `${taxonomy}/${term.slug}`;
  let made = termCards.get(newestFirst);
  if (made?.key !== key || made.settings !== settings) {
    made = { key, settings, card: termCard(taxonomy, term, newestFirst, settings) };
    termCards.set(newestFirst, made);
  }
  return made.card;
}

const termCards = new WeakMap<object, { key: string; settings: CardSettings; card: ShareCard }>();

/** A term's card ("장르: 드라마", "리뷰 12편 · 그녀, 애프터썬…", each film once) with posters of its reviews. */
function termCard(
  taxonomy: Taxonomy,
  term: Term,
  newestFirst: Pick<Review, 'data'>[],
  settings: CardSettings,
): ShareCard {
  const { language } = settings;
  const heading = t(language, `taxonomy.${taxonomy}.term`, { name: term.name });
  const count = tCount(language, 'count.reviews', newestFirst.length);
  const films = filmNames(newestFirst).slice(0, 3).join(', ');
  const content: CardContent = {
    kind: 'collection',
    siteName: settings.title,
    heading,
    subheading: `${t(language, 'share.termCount', { count })} · ${films}`,
    posters: posters(newestFirst),
  };
  return shareCard(
    `${taxonomy}/${term.slug}`,
    content,
    t(language, 'share.termAlt', { site: settings.title, term: heading, count }),
  );
}

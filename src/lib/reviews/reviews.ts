import { getCollection, type CollectionEntry } from 'astro:content';
import { throwDevProblems } from '../check/dev-problems';
import type { Language } from '../../i18n/languages';
import type { ReadingSummary } from './reading-time';
import { bodyFacts, type BodyFacts } from '../body-facts';
import { isPublic } from '../schedule';
import { site } from '../site';
import { termRegistry, type ReviewTerms, type TermRedirect } from '../taxonomies/taxonomies';
import { withFilms } from '../films/film-reviews';
import { sitePeople } from '../people/site-people';

export type ReviewEntry = CollectionEntry<'reviews'>;

/** A review with everything pages need, normalised once (`terms` and `credits` link to taxonomy pages). */
export interface Review extends ReviewTerms {
  entry: ReviewEntry;
  slug: string;
  data: ReviewEntry['data'];
  category: string;
  lang: Language;
  /** The author's description, or one taken from the first paragraph. */
  description: string;
  readingMinutes: number;
  /** What pages and feeds need from the body, recorded by the Markdown pipeline. */
  body: BodyFacts;
  /** Position among published reviews of its category, oldest = 1. */
  runningNumber: number;
  /** The film: every published review of it, newest first, this one included. */
  film: { key: string; reviews: Review[] };
  /** Seen before: the post says so, or an earlier review of the film was watched first. */
  rewatch: boolean;
  /**
   * The same review in the other language: an original's translation, a translation's
   * original (`translationOf`); absent for a review that has no translation.
   */
  otherLanguage?: Review | undefined;
}

/** Newest first; equal dates fall back to the slug so builds are deterministic. */
export function byNewest(
  a: { data: { pubDate: Date }; slug: string },
  b: { data: { pubDate: Date }; slug: string },
): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * Whether an entry is shown: drafts and posts dated in the future only while developing
 * (a production build picks a scheduled post up once it is rebuilt on or after its date).
 */
export function isPublished(
  entry: Pick<ReviewEntry, 'data'>,
  developing = import.meta.env.DEV,
  now = new Date(),
): boolean {
  return developing || isPublic(entry.data, now, site.timeZone);
}

/** Numbers each review within its category, the oldest being 1. */
export function runningNumbers(
  reviews: { slug: string; category: string; data: { pubDate: Date } }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const review of [...reviews].sort(byNewest).reverse()) {
    const next = (counts.get(review.category) ?? 0) + 1;
    counts.set(review.category, next);
    numbers.set(review.slug, next);
  }
  return numbers;
}

/**
 * The excerpt and reading time that `remarkReadingTime` stored with the rendered entry
 * (`render()` hands the same object to pages as `remarkPluginFrontmatter`), read here
 * without rendering, for lists and feeds.
 */
function readingSummary(entry: ReviewEntry): ReadingSummary {
  const { excerpt = '', readingMinutes = 1 } = (entry.rendered?.metadata?.frontmatter ??
    {}) as Partial<ReadingSummary>;
  return { excerpt, readingMinutes };
}

function toReview(
  entry: ReviewEntry,
): Omit<Review, 'runningNumber' | 'film' | 'rewatch' | keyof ReviewTerms> {
  const { excerpt, readingMinutes } = readingSummary(entry);
  return {
    entry,
    slug: entry.id,
    data: entry.data,
    category: entry.data.category ?? site.defaultCategory,
    lang: entry.data.lang ?? site.language,
    description: entry.data.description ?? excerpt,
    readingMinutes,
    body: bodyFacts(entry.rendered?.metadata),
  };
}

/**
 * A translation as a review: the original's film, terms, running number and rewatch mark
 * (it is the same review of the same viewing, not another), the film facts merged from
 * the original under its own title, and each linked to the other.
 */
function translated(entry: ReviewEntry, original: Review): Review {
  const own = toReview(entry);
  const translation: Review = {
    ...original,
    ...own,
    category: original.category,
    data: { ...own.data, movie: { ...original.data.movie, title: own.data.movie.title } },
    otherLanguage: original,
  };
  original.otherLanguage = translation;
  return translation;
}

async function loadReviews(): Promise<{
  reviews: Review[];
  translations: Review[];
  redirects: TermRedirect[];
}> {
  const published = await getCollection('reviews', (entry) => isPublished(entry));
  // Translations are not reviews of their own: lists, counts and films see the original only.
  const entries = published.filter((entry) => !entry.data.translationOf);
  const sorted = entries.map(toReview).sort(byNewest);
  const numbers = runningNumbers(sorted);
  const withFilm = withFilms<(typeof sorted)[number], Review>(sorted).sort((a, b) =>
    byNewest(a.review, b.review),
  );
  const registry = termRegistry(withFilm.map(({ review }) => review).reverse(), {
    language: site.language,
    people: sitePeople(),
    // People and tags grow with the blog; a large one may publish only those named twice or more.
    minReviewsForPage: {
      people: site.scale.minReviewsForTermPage,
      tags: site.scale.minReviewsForTermPage,
    },
  });
  const reviews = withFilm.map(({ review, film }) => {
    const full: Review = {
      ...review,
      film,
      runningNumber: numbers.get(review.slug) ?? 0,
      ...registry.termsOf(review),
    };
    film.reviews.push(full);
    return full;
  });
  const bySlug = new Map(reviews.map((review) => [review.slug, review]));
  // A translation of an unpublished original (a draft, a scheduled post) waits for it.
  const translations = published.flatMap((entry) => {
    const original =
      entry.data.translationOf && bySlug.get(entry.data.translationOf.normalize('NFC'));
    return original ? [translated(entry, original)] : [];
  });
  return { reviews, translations: translations.sort(byNewest), redirects: registry.redirects() };
}

let cache: ReturnType<typeof loadReviews> | undefined;

function loaded(): ReturnType<typeof loadReviews> {
  if (import.meta.env.DEV) {
    throwDevProblems();
    return loadReviews();
  }
  cache ??= loadReviews();
  return cache;
}

/** Every published review, newest first: the one list every page uses (cached for a build). */
export async function getReviews(): Promise<Review[]> {
  return (await loaded()).reviews;
}

/**
 * Every published translation (`translationOf`) of a published review, newest first: the
 * pages under the other language's prefix. `getReviews()` never lists them.
 */
export async function getTranslations(): Promise<Review[]> {
  return (await loaded()).translations;
}

/**
 * Old term addresses that lead to another term's page: a spelling the vocabulary or
 * `people.yaml` made part of a term with another name (`/genres/drama/` → `/genres/드라마/`).
 */
export async function termRedirects(): Promise<TermRedirect[]> {
  return (await loaded()).redirects;
}

/** The older and newer neighbours of a review in publication order. */
export function neighbours<T extends { slug: string }>(
  newestFirst: T[],
  slug: string,
): { older?: T | undefined; newer?: T | undefined } {
  const index = newestFirst.findIndex((review) => review.slug === slug);
  if (index < 0) return {};
  return { newer: newestFirst[index - 1], older: newestFirst[index + 1] };
}

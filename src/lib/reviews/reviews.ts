import { getCollection, type CollectionEntry } from 'astro:content';
import { throwDevProblems } from '../check/dev-problems';
import type { Language } from '../../i18n/languages';
import type { ReadingSummary } from './reading-time';
import { isPublic } from '../schedule';
import { site } from '../site';
import { termRegistry, type ReviewTerms } from '../taxonomies/taxonomies';

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
  /** Position among published reviews of its category, oldest = 1. */
  runningNumber: number;
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

function toReview(entry: ReviewEntry): Omit<Review, 'runningNumber' | keyof ReviewTerms> {
  const { excerpt, readingMinutes } = readingSummary(entry);
  return {
    entry,
    slug: entry.id,
    data: entry.data,
    category: entry.data.category ?? site.defaultCategory,
    lang: entry.data.lang ?? site.language,
    description: entry.data.description ?? excerpt,
    readingMinutes,
  };
}

async function loadReviews(): Promise<Review[]> {
  const entries = await getCollection('reviews', (entry) => isPublished(entry));
  const reviews = entries.map(toReview).sort(byNewest);
  const numbers = runningNumbers(reviews);
  const registry = termRegistry([...reviews].reverse());
  return reviews.map((review) => ({
    ...review,
    runningNumber: numbers.get(review.slug) ?? 0,
    ...registry.termsOf(review),
  }));
}

let cache: Promise<Review[]> | undefined;

/** Every published review, newest first: the one list every page uses (cached for a build). */
export function getReviews(): Promise<Review[]> {
  if (import.meta.env.DEV) {
    throwDevProblems();
    return loadReviews();
  }
  cache ??= loadReviews();
  return cache;
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

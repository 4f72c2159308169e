import { isoDate, isoDuration } from './format';
import type { Review } from './reviews/reviews';
import { site } from './site';
import { absoluteUrl, reviewPath } from './urls';

type JsonLd = Record<string, unknown>;

const person = (name: string): JsonLd => ({ '@type': 'Person', name });

/** Drops empty values so the output carries only what the author wrote. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

/** Published image URLs for the JSON-LD (optimised files, never the originals). */
export interface StructuredDataImages {
  /** The review's sharing image (`og:image`). */
  image?: string;
  /** The film's poster. */
  poster?: string;
}

/** The film as a schema.org `Movie`. */
function movie({ data }: Pick<Review, 'data'>, poster?: string): JsonLd {
  const { movie } = data;
  const links = movie.links;
  return compact({
    '@type': 'Movie',
    name: movie.title,
    alternateName: movie.originalTitle,
    dateCreated: movie.year === undefined ? undefined : String(movie.year),
    datePublished: movie.releaseDate && isoDate(movie.releaseDate),
    genre: movie.genres,
    countryOfOrigin: movie.countries?.map((name) => ({ '@type': 'Country', name })),
    duration: movie.runtime === undefined ? undefined : isoDuration(movie.runtime),
    contentRating: movie.certification,
    director: movie.directors?.map(person),
    author: movie.writers?.map(person),
    actor: movie.cast?.map((member) => person(member.name)),
    image: poster && absoluteUrl(poster),
    sameAs: [links?.imdb, links?.tmdb, links?.website].filter(Boolean),
  });
}

/** URLs of the optimised files of a review's images (the page makes them with `getImage`). */
export interface StructuredDataImages {
  /** The cover, else the poster. */
  review?: string;
  poster?: string;
}

/**
 * schema.org `Review` of a `Movie` for a review page (JSON-LD), with absolute URLs:
 * what search engines read for rich results. Images are optimised files, never the
 * originals, which are not published.
 */
export function reviewStructuredData(
  review: Pick<Review, 'slug' | 'data' | 'description' | 'lang'>,
  images: StructuredDataImages = {},
): JsonLd {
  const { data } = review;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Review',
    name: data.title,
    headline: data.title,
    description: review.description,
    url: absoluteUrl(reviewPath(review.slug)),
    inLanguage: review.lang,
    datePublished: data.pubDate.toISOString(),
    dateModified: data.updatedDate?.toISOString(),
    image: images.review && absoluteUrl(images.review),
    author: person(site.author),
    publisher: { '@type': 'Organization', name: site.title, url: site.url },
    keywords: data.tags.length ? data.tags.join(', ') : undefined,
    reviewRating: data.rating === undefined ? undefined : { '@type': 'Rating', ratingValue: data.rating, bestRating: 5, worstRating: 0 },
    itemReviewed: movie(review, images.poster),
  });
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

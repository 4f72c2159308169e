import { t } from '../../i18n';
import { isoDate, isoDuration } from '../format';
import type { Review } from '../reviews/reviews';
import { site } from '../site';
import type { Taxonomy, Term } from '../taxonomies/taxonomies';
import { absoluteUrl, reviewPath, taxonomyPath, termPath, withBase } from '../urls';
import { languageHomePath, reviewPagePath } from '../language-paths';

/**
 * Structured data (schema.org as JSON-LD): what search engines read for rich results. The
 * review page's `Review` of a `Movie`, the home page's `WebSite`, breadcrumbs and list
 * pages' `ItemList`, all with absolute URLs, and the one way they are written into a page.
 */
export type JsonLd = Record<string, unknown>;

/** Drops empty values so the output carries only what the author wrote. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/**
 * The film as a schema.org `Movie`. Genres and countries carry the site's labels; people
 * carry their names in the review's language where `people.yaml` gives one (`en`).
 */
function movie(
  { data, terms, credits, lang }: Pick<Review, 'data' | 'terms' | 'credits' | 'lang'>,
  poster?: string,
): JsonLd {
  const { movie } = data;
  const links = movie.links;
  const person = (term: Term): JsonLd => ({
    '@type': 'Person',
    name: term.names?.[lang] ?? term.name,
  });
  return compact({
    '@type': 'Movie',
    name: movie.title,
    alternateName: movie.originalTitle,
    dateCreated: movie.year === undefined ? undefined : String(movie.year),
    datePublished: movie.releaseDate && isoDate(movie.releaseDate),
    genre: terms.genres.map((term) => term.name),
    countryOfOrigin: terms.countries.map((term) => ({ '@type': 'Country', name: term.name })),
    duration: movie.runtime === undefined ? undefined : isoDuration(movie.runtime),
    contentRating: movie.certification,
    director: credits.directors.map(person),
    author: credits.writers.map(person),
    actor: credits.cast.map(person),
    image: poster && absoluteUrl(poster),
    sameAs: [links?.imdb, links?.tmdb, links?.website].filter(Boolean),
  });
}

/** URLs of the optimised files of a review's images (the page makes them with `getImage`). */
export interface StructuredDataImages {
  /** The cover, else the poster. */
  review?: string | undefined;
  poster?: string | undefined;
}

/**
 * schema.org `Review` of a `Movie` for a review page (JSON-LD), with absolute URLs:
 * what search engines read for rich results. Images are optimised files, never the
 * originals, which are not published.
 */
export function reviewStructuredData(
  review: Pick<Review, 'slug' | 'data' | 'description' | 'lang' | 'terms' | 'credits'>,
  images: StructuredDataImages = {},
): JsonLd {
  const { data } = review;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Review',
    name: data.title,
    headline: data.title,
    description: review.description,
    url: absoluteUrl(reviewPagePath(review)),
    inLanguage: review.lang,
    datePublished: data.pubDate.toISOString(),
    dateModified: data.updatedDate?.toISOString(),
    image: images.review && absoluteUrl(images.review),
    author: { '@type': 'Person', name: site.author },
    publisher: { '@type': 'Organization', name: site.title, url: site.url },
    keywords: data.tags.length ? data.tags.join(', ') : undefined,
    reviewRating:
      data.rating === undefined
        ? undefined
        : { '@type': 'Rating', ratingValue: data.rating, bestRating: 5, worstRating: 0 },
    itemReviewed: movie(review, images.poster),
  });
}

/** schema.org `WebSite` for the home page, with the search box search engines may show. */
export function websiteData(): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.title,
    description: site.description,
    url: site.url,
    inLanguage: site.language,
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(withBase('search/'))}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** schema.org `BreadcrumbList`: the path from home to the page, each step a name and a path. */
export function breadcrumbs(steps: { name: string; path: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: absoluteUrl(step.path),
    })),
  };
}

/** Home › category › review; a translation's home is its language's (categories are the site language's). */
export function reviewBreadcrumbs(
  review: Pick<Review, 'slug' | 'data' | 'terms' | 'lang'>,
): JsonLd {
  const category = review.terms.categories[0];
  if (review.data.translationOf && review.lang !== site.language) {
    return breadcrumbs([
      { name: site.title, path: languageHomePath(review.lang) },
      { name: review.data.title, path: reviewPagePath(review) },
    ]);
  }
  return breadcrumbs([
    { name: site.title, path: withBase() },
    ...(category ? [{ name: category.name, path: termPath('categories', category) }] : []),
    { name: review.data.title, path: reviewPath(review.slug) },
  ]);
}

/** Home › taxonomy › term (a later page of the term stays under its first page). */
export function termBreadcrumbs(taxonomy: Taxonomy, term: Term, heading: string): JsonLd {
  return breadcrumbs([
    { name: site.title, path: withBase() },
    { name: t(site.language, `taxonomy.${taxonomy}`), path: taxonomyPath(taxonomy) },
    { name: heading, path: termPath(taxonomy, term) },
  ]);
}

/** schema.org `ItemList` of the reviews a list page shows; `first` is the position of its first review. */
export function reviewItemList(reviews: Pick<Review, 'slug' | 'data'>[], first = 1): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListOrder: 'https://schema.org/ItemListOrderDescending',
    itemListElement: reviews.map((review, index) => ({
      '@type': 'ListItem',
      position: first + index,
      name: review.data.title,
      url: absoluteUrl(reviewPath(review.slug)),
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

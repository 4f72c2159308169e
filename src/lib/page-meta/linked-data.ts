import { t } from '../../i18n';
import type { Review } from '../reviews/reviews';
import { site } from '../site';
import type { Taxonomy, Term } from '../taxonomies/taxonomies';
import { absoluteUrl, reviewPath, taxonomyPath, termPath, withBase } from '../urls';

type JsonLd = Record<string, unknown>;

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
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(withBase('search/'))}?q={search_term_string}` },
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

/** Home › category › review. */
export function reviewBreadcrumbs(review: Pick<Review, 'slug' | 'data' | 'terms'>): JsonLd {
  const category = review.terms.categories[0];
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

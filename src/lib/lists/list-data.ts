import type { JsonLd } from '../page-meta/structured-data';
import { absoluteUrl, listPath, reviewPath } from '../urls';
import type { FilmList } from './lists';

/**
 * schema.org `ItemList` of a film list's `Movie`s, in the list's order (ascending for a
 * ranked list, unordered otherwise), each with its review's URL where the blog has one.
 */
export function listStructuredData(
  list: FilmList,
  posterUrl: (index: number) => string | undefined,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: list.title,
    description: list.description || undefined,
    url: absoluteUrl(listPath(list.slug)),
    numberOfItems: list.items.length,
    itemListOrder: list.ranked
      ? 'https://schema.org/ItemListOrderAscending'
      : 'https://schema.org/ItemListUnordered',
    itemListElement: list.items.map((item, index) => {
      const movie: JsonLd = { '@type': 'Movie', name: item.film.title };
      if (item.film.originalTitle && item.film.originalTitle !== item.film.title)
        movie.alternateName = item.film.originalTitle;
      if (item.film.year) movie.dateCreated = String(item.film.year);
      if (item.film.tmdb) movie.sameAs = `https://www.themoviedb.org/movie/${item.film.tmdb}`;
      const image = posterUrl(index);
      if (image) movie.image = image;
      if (item.review) movie.url = absoluteUrl(reviewPath(item.review.slug));
      return { '@type': 'ListItem', position: item.position, item: movie };
    }),
  };
}

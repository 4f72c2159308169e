import { LOCALES, type Language } from '../../i18n/languages';
import type { TmdbClient } from './client';
import type { TmdbSearchMovie, TmdbSearchResults } from './types';

/** `/search/movie` in the site's language; `year` filters by any release in that year. */
export async function searchFilms(
  client: TmdbClient,
  query: string,
  year: number | undefined,
  language: Language,
): Promise<TmdbSearchMovie[]> {
  const found = await client.get<TmdbSearchResults>('/search/movie', {
    query,
    year,
    language: LOCALES[language],
    include_adult: 'false',
    page: 1,
  });
  return found.results;
}

export const releaseYear = (movie: Pick<TmdbSearchMovie, 'release_date'>) =>
  movie.release_date && /^\d{4}/.test(movie.release_date)
    ? Number(movie.release_date.slice(0, 4))
    : undefined;

/** Titles compared without case, spaces and punctuation (`Her` = `her`, `그녀 ` = `그녀`). */
const titleKey = (title: string) =>
  title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * The one film that `titles` (+ `year`) names among search results: the only result, or the
 * only one whose title or original title is exactly one of `titles` (in that year, when given).
 */
export function singleMatch(
  results: readonly TmdbSearchMovie[],
  titles: readonly string[],
  year: number | undefined,
): TmdbSearchMovie | undefined {
  if (results.length === 1) return results[0];
  const keys = new Set(titles.map(titleKey).filter(Boolean));
  const exact = results.filter(
    (movie) =>
      (keys.has(titleKey(movie.title)) || keys.has(titleKey(movie.original_title))) &&
      (year === undefined || releaseYear(movie) === year),
  );
  return exact.length === 1 ? exact[0] : undefined;
}

/**
 * Searches each title in turn (`그녀`, then `Her`) and returns the single match, or the
 * number of results found for the first title that found any.
 */
export async function findSingleFilm(
  client: TmdbClient,
  titles: readonly string[],
  year: number | undefined,
  language: Language,
): Promise<{ match?: TmdbSearchMovie; candidates: number }> {
  let candidates = 0;
  const queries = [...new Set(titles.map((title) => title.trim()).filter(Boolean))];
  for (const query of queries) {
    const results = await searchFilms(client, query, year, language);
    const match = singleMatch(results, queries, year);
    if (match) return { match, candidates: results.length };
    candidates ||= results.length;
  }
  return { candidates };
}

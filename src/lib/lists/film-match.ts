import { filmKeys, type FilmFacts } from '../films/film-identity';

/** `Her` = `her` = `HER!`, as film identity compares titles. */
const normalised = (title: string) =>
  title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, '');

/** Both titles of a film, as film identity compares them. */
const titles = (film: FilmFacts) =>
  [film.title, film.originalTitle].filter((title): title is string => !!title).map(normalised);

/**
 * For each of `films`, the index in `known` of the same film, or -1: by film identity
 * (`filmKeys`: the TMDB number, or the original title and year), or else, for a film
 * written in a list as `{ title, year }`, by either of its titles and the year (a list
 * names a film as its readers know it, `애프터썬`, where the review has `Aftersun`).
 */
export function matchFilms(films: FilmFacts[], known: FilmFacts[]): number[] {
  const keys = filmKeys([...known, ...films]);
  return films.map((film, index) => {
    const key = keys[known.length + index]!;
    const byKey = keys.slice(0, known.length).indexOf(key);
    if (byKey >= 0 || film.year === undefined) return byKey;
    const names = titles(film);
    return known.findIndex(
      (other) =>
        other.year === film.year &&
        (film.tmdb === undefined || other.tmdb === undefined) &&
        titles(other).some((title) => names.includes(title)),
    );
  });
}

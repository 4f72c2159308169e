/**
 * Which reviews are of one film. Two reviews are of the same film when their TMDB ids
 * (`movie.links.tmdb`) are equal, or, where neither has one, when their original titles (or
 * titles) and years are equal after case, spaces and punctuation are set aside. A review
 * without an id joins the one film with an id whose title and year it shares.
 */

/** What identifies a film, read from a post (checked data or the built review). */
export interface FilmFacts {
  title: string;
  originalTitle?: string | undefined;
  year?: number | undefined;
  tmdb?: number | undefined;
}

/** The TMDB movie number in a parsed `movie.links.tmdb` (the schema makes it the film's URL). */
export function tmdbMovieId(link: string | number | undefined): number | undefined {
  if (typeof link === 'number') return link;
  const id = link === undefined ? undefined : /\/movie\/(\d+)/.exec(link)?.[1];
  return id === undefined ? undefined : Number(id);
}

/** `Her` = `her` = `HER!`; `Mission: Impossible` = `Mission Impossible`. */
function normalisedTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** The title-and-year key, or nothing when the year is unknown (a title alone is too weak). */
function titleKey(film: FilmFacts): string | undefined {
  if (film.year === undefined) return undefined;
  return `title:${normalisedTitle(film.originalTitle ?? film.title)}:${film.year}`;
}

/**
 * A film key per item (`tmdb:152601`, `title:her:2013`, or `only:<index>` for a film known by
 * its title alone), in the order given.
 */
export function filmKeys(films: FilmFacts[]): string[] {
  // Title keys that exactly one TMDB id goes with: a review without an id joins that film.
  const idsByTitle = new Map<string, Set<number>>();
  for (const film of films) {
    const key = titleKey(film);
    if (key && film.tmdb !== undefined)
      idsByTitle.set(key, (idsByTitle.get(key) ?? new Set()).add(film.tmdb));
  }
  return films.map((film, index) => {
    if (film.tmdb !== undefined) return `tmdb:${film.tmdb}`;
    const key = titleKey(film);
    if (key === undefined) return `only:${index}`;
    const ids = idsByTitle.get(key);
    return ids?.size === 1 ? `tmdb:${[...ids][0]!}` : key;
  });
}

/** Items grouped by film, each group in the order given; groups of one included. */
export function groupByFilm<T>(items: T[], factsOf: (item: T) => FilmFacts): Map<string, T[]> {
  const keys = filmKeys(items.map(factsOf));
  const groups = new Map<string, T[]>();
  items.forEach((item, index) => {
    const key = keys[index]!;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  });
  return groups;
}

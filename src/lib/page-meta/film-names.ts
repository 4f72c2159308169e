/**
 * How generated text names films: descriptions, cards and previews must read as written by
 * the author, so a title is never said twice and a film is listed once however many
 * reviews it has.
 */

/** The parts of a film that text about it uses. */
export interface FilmNaming {
  title: string;
  originalTitle?: string | undefined;
  year?: number | undefined;
  /** `tmdb` as the schema leaves it (the film's TMDB address): one film, however titled. */
  links?: { tmdb?: string | undefined } | undefined;
}

/** A title as readers compare titles: case, width, spacing and punctuation aside (`Her` = `her.`). */
const titleKey = (title: string) =>
  title
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether two titles are the same title to a reader (`Suspiria` and `SUSPIRIA`). */
export function sameTitle(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && titleKey(a) === titleKey(b);
}

/** Whether the post's headline is just the film's title (or its original title). */
export function titleIsFilm(postTitle: string, movie: FilmNaming): boolean {
  return sameTitle(postTitle, movie.title) || sameTitle(postTitle, movie.originalTitle);
}

/** The original title when it says something the title does not (`Her` beside `그녀`, not `Roma` beside `Roma`). */
export function distinctOriginalTitle(movie: FilmNaming): string | undefined {
  return movie.originalTitle && !sameTitle(movie.originalTitle, movie.title)
    ? movie.originalTitle
    : undefined;
}

/** The film named in full: `그녀 (Her, 2013)`, `Halloween (1978)`, `Roma`. */
export function filmLabel(movie: FilmNaming): string {
  const details = [distinctOriginalTitle(movie), movie.year].filter((part) => part !== undefined);
  return details.length ? `${movie.title} (${details.join(', ')})` : movie.title;
}

/** The keys that make two reviews' films one film: the same TMDB address, or the same title and year. */
const filmKeys = (movie: FilmNaming) => [
  `${titleKey(movie.title)}|${movie.year ?? ''}`,
  ...(movie.links?.tmdb === undefined ? [] : [`tmdb:${movie.links.tmdb}`]),
];

/**
 * The films of `reviews` in order, each once (two reviews of `Roma` name it once); two
 * different films with one title are told apart by year (`Suspiria (1977), Suspiria (2018)`).
 */
export function filmNames(reviews: { data: { movie: FilmNaming } }[]): string[] {
  const seen = new Set<string>();
  const films: FilmNaming[] = [];
  for (const { data } of reviews) {
    const keys = filmKeys(data.movie);
    if (!keys.some((key) => seen.has(key))) films.push(data.movie);
    for (const key of keys) seen.add(key);
  }
  // Counted once: comparing every film with every other made a term of a thousand reviews
  // take seconds on each of its pages.
  const titles = new Map<string, number>();
  for (const { title } of films)
    titles.set(titleKey(title), (titles.get(titleKey(title)) ?? 0) + 1);
  return films.map((movie) => {
    const shared = (titles.get(titleKey(movie.title)) ?? 0) > 1;
    return shared && movie.year !== undefined ? `${movie.title} (${movie.year})` : movie.title;
  });
}

import { isoDate } from '../format';
import { filmKeys, type FilmFacts } from './film-identity';

/** A checked post's film facts as written, with where each key is. */
export interface PostFilm {
  /** The post's file, as messages show it. */
  file: string;
  /** The frontmatter as read (before the schema). */
  data: Record<string, unknown>;
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/** Facts of a film that two reviews of it should not disagree on (titles and names are per language). */
const COMPARED: (readonly string[])[] = [
  ['originalTitle'],
  ['year'],
  ['runtime'],
  ['releaseDate'],
  ['certification'],
  ['links', 'imdb'],
];

function at(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
    data,
  );
}

const shown = (value: unknown) =>
  value instanceof Date
    ? isoDate(value, 'UTC')
    : typeof value === 'string'
      ? `"${value}"`
      : String(value);

/** The film identity of a post's frontmatter, when it has a film title. */
function filmFacts(data: Record<string, unknown>): FilmFacts | undefined {
  const movie = data.movie as Record<string, unknown> | undefined;
  if (!movie || typeof movie.title !== 'string') return undefined;
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return {
    title: movie.title,
    originalTitle: typeof movie.originalTitle === 'string' ? movie.originalTitle : undefined,
    year: number(movie.year),
    tmdb: number(at(movie, ['links', 'tmdb'])),
  };
}

/**
 * Where two reviews of one film disagree on a fact: one warning per later post and fact,
 * naming both files and lines (`content/reviews/her-2/index.md:9:3 movie.runtime: 126 here,
 * 125 in content/reviews/her/index.md:8; …`). Posts are compared in the order given.
 */
export function filmDisagreements(posts: PostFilm[]): string[] {
  const films = posts.flatMap((post) => {
    const facts = filmFacts(post.data);
    return facts ? [{ post, facts }] : [];
  });
  const keys = filmKeys(films.map((film) => film.facts));
  const firstByFilm = new Map<string, PostFilm[]>();
  films.forEach(({ post }, index) => {
    const key = keys[index]!;
    firstByFilm.set(key, [...(firstByFilm.get(key) ?? []), post]);
  });
  const warnings: string[] = [];
  for (const group of firstByFilm.values()) {
    for (const path of COMPARED) {
      const field = ['movie', ...path];
      let first: { post: PostFilm; value: unknown } | undefined;
      for (const post of group) {
        const value = at(post.data, field);
        if (value === undefined || value === null) continue;
        if (!first) {
          first = { post, value };
          continue;
        }
        if (shown(value) === shown(first.value)) continue;
        const here = post.locate(field);
        const there = first.post.locate(field);
        warnings.push(
          `${post.file}:${here.line}:${here.column} ${field.join('.')}: ${shown(value)} here, ${shown(first.value)} in ${first.post.file}:${there.line}, a review of the same film; expected one value: correct one of them (the page shows each review's own)`,
        );
      }
    }
  }
  return warnings;
}

/**
 * One TMDB film as the `movie:` facts of a post, in the site's language: titles, year,
 * runtime, genres and countries through the site's vocabulary, release date and age rating
 * in the site's region, people with their TMDB ids, the official trailer, links, and the
 * poster and backdrop to download. Every name that is not in the site's language is noted.
 */
import { LOCALES, type Language } from '../../i18n/languages';
import { countryByCode, genreByTmdbId } from '../../lib/vocabulary';
import { TmdbError, type TmdbClient } from './client';
import { createNameFinder, writtenIn } from './people-names';
import type { TmdbMovieDetails, TmdbReleaseDates, TmdbVideo } from './types';

export interface PersonFact {
  name: string;
  tmdb: number;
}

export interface CastFact {
  name: string;
  role?: string;
  tmdb: number;
}

/** The `movie:` keys TMDB fills, in the order the frontmatter lists them. */
export interface MovieFacts {
  title: string;
  originalTitle?: string;
  year?: number;
  genres?: string[];
  countries?: string[];
  runtime?: number;
  certification?: string;
  releaseDate?: string;
  directors?: PersonFact[];
  writers?: PersonFact[];
  cast?: CastFact[];
  trailer?: string;
  links: { imdb?: string; tmdb: number };
}

export interface TmdbFilm {
  movie: MovieFacts;
  /** `poster_path` and `backdrop_path`, to download. */
  posterPath?: string;
  backdropPath?: string;
  /** One line per fact the author should look at (a name that fell back, an unknown rating). */
  notes: string[];
}

export const POSTER_SIZE = 'w780';
export const BACKDROP_SIZE = 'w1280';
/** How many cast members a draft lists, by TMDB's billing `order`. */
const CAST_SIZE = 8;
const WRITING_JOBS = new Set(['Screenplay', 'Writer', 'Story']);
const REGION: Record<Language, string> = { ko: 'KR', en: 'US' };
const LANGUAGE_NAME: Record<Language, string> = { ko: 'Korean', en: 'English' };

/** KR certifications as TMDB stores them → the Korean Media Rating Board's wording. */
const KOREAN_RATINGS: Record<string, string> = {
  all: '전체 관람가',
  '12': '12세 관람가',
  '15': '15세 관람가',
  '18': '청소년 관람불가',
  '19': '청소년 관람불가',
  청소년관람불가: '청소년 관람불가',
  'restricted screening': '제한상영가',
};

/** The details request: one call with credits, release dates and videos (ko/en/no-language trailers). */
export function detailsRequest(id: number, language: Language) {
  return {
    path: `/movie/${id}`,
    query: {
      language: LOCALES[language],
      append_to_response: 'credits,release_dates,videos',
      include_video_language: 'ko,en,null',
    },
  };
}

export async function movieDetails(
  client: TmdbClient,
  id: number,
  language: Language,
): Promise<TmdbMovieDetails> {
  const { path, query } = detailsRequest(id, language);
  try {
    return await client.get<TmdbMovieDetails>(path, query);
  } catch (error) {
    if (error instanceof TmdbError && error.status === 404)
      throw new TmdbError(
        `TMDB has no film with the id ${id}: find the id with npm run film -- "<title>" --year <year>, or in the film's address on themoviedb.org`,
        404,
      );
    throw error;
  }
}

/** `2013-12-18` → 2013; `""` → nothing. */
const yearOf = (date: string | undefined) =>
  date && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : undefined;

/** The site region's release: theatrical (3) first, then limited (2), then any. */
function regionalRelease(
  releases: TmdbReleaseDates | undefined,
  language: Language,
): { releaseDate?: string; certification?: string; raw?: string } {
  const region = releases?.results.find((result) => result.iso_3166_1 === REGION[language]);
  if (!region?.release_dates.length) return {};
  const rank = (type: number) => (type === 3 ? 0 : type === 2 ? 1 : 2);
  const ordered = [...region.release_dates].sort((a, b) => rank(a.type) - rank(b.type));
  const dated = ordered.find((release) => /^\d{4}-\d{2}-\d{2}/.test(release.release_date));
  const raw = ordered.find((release) => release.certification.trim())?.certification.trim();
  const result: { releaseDate?: string; certification?: string; raw?: string } = {};
  if (dated) result.releaseDate = dated.release_date.slice(0, 10);
  if (raw) {
    result.raw = raw;
    const certification = language === 'ko' ? KOREAN_RATINGS[raw.toLowerCase()] : raw;
    if (certification) result.certification = certification;
  }
  return result;
}

/**
 * The official YouTube trailer: official first, then in the site's language (Korean, then
 * English, on a Korean site; English first on an English one), then any; oldest first.
 */
export function pickTrailer(videos: readonly TmdbVideo[], language: Language): string | undefined {
  const order = language === 'ko' ? ['ko', 'en'] : ['en', 'ko'];
  const languageRank = (video: TmdbVideo) => {
    const rank = order.indexOf(video.iso_639_1 ?? '');
    return rank < 0 ? order.length : rank;
  };
  const [best] = videos
    .filter((video) => video.site === 'YouTube' && video.type === 'Trailer' && video.key)
    .sort(
      (a, b) =>
        Number(b.official) - Number(a.official) ||
        languageRank(a) - languageRank(b) ||
        a.published_at.localeCompare(b.published_at),
    );
  return best ? `https://www.youtube.com/watch?v=${best.key}` : undefined;
}

/** The film's facts from TMDB, in the site's language. */
export async function lookUpFilm(
  client: TmdbClient,
  id: number,
  language: Language,
): Promise<TmdbFilm> {
  const details = await movieDetails(client, id, language);
  const notes: string[] = [];
  const fellBack = (field: string, name: string, tmdb?: number) =>
    notes.push(
      `${field}: TMDB has no ${LANGUAGE_NAME[language]} name for ${tmdb ? `person ${tmdb}` : 'this film'}, wrote "${name}"; fix it if your readers know another`,
    );
  const movie: MovieFacts = { title: details.title || details.original_title, links: { tmdb: id } };
  if (!writtenIn(movie.title, language)) fellBack('movie.title', movie.title);
  if (details.original_title && details.original_title !== movie.title)
    movie.originalTitle = details.original_title;
  const year = yearOf(details.release_date);
  if (year) movie.year = year;
  const genres = details.genres.map((genre) => genreByTmdbId(genre.id)?.[language] ?? genre.name);
  if (genres.length) movie.genres = [...new Set(genres)];
  const countries = details.production_countries.map(
    (country) => countryByCode(country.iso_3166_1)?.[language] ?? country.name,
  );
  if (countries.length) movie.countries = [...new Set(countries)];
  if (details.runtime && details.runtime > 0) movie.runtime = details.runtime;
  const release = regionalRelease(details.release_dates, language);
  if (release.certification) movie.certification = release.certification;
  else if (release.raw)
    notes.push(
      `movie.certification: TMDB's ${REGION[language]} rating "${release.raw}" is not one Marquee knows, left out`,
    );
  if (release.releaseDate) movie.releaseDate = release.releaseDate;

  const nameOf = createNameFinder(client, language);
  const person = async (field: string, tmdb: number, name: string) => {
    const local = await nameOf(tmdb, name);
    if (local.fellBack) fellBack(field, local.name, tmdb);
    return local.name;
  };
  const crew = details.credits?.crew ?? [];
  const unique = <T extends { id: number }>(people: T[]) =>
    people.filter((one, index) => people.findIndex((other) => other.id === one.id) === index);
  const directors = unique(crew.filter((member) => member.job === 'Director'));
  const writers = unique(
    crew.filter((member) => member.department === 'Writing' && WRITING_JOBS.has(member.job)),
  );
  const cast = unique([...(details.credits?.cast ?? [])].sort((a, b) => a.order - b.order)).slice(
    0,
    CAST_SIZE,
  );
  // One at a time, in credit order, so the notes come out in the order of the frontmatter.
  const people = async <T extends { id: number; name: string }, R>(
    field: string,
    list: T[],
    make: (member: T, name: string) => R,
  ) => {
    const result: R[] = [];
    for (const member of list)
      result.push(make(member, await person(field, member.id, member.name)));
    return result;
  };
  if (directors.length)
    movie.directors = await people('movie.directors', directors, (m, name) => ({
      name,
      tmdb: m.id,
    }));
  if (writers.length)
    movie.writers = await people('movie.writers', writers, (m, name) => ({ name, tmdb: m.id }));
  if (cast.length)
    movie.cast = await people('movie.cast', cast, (member, name) => {
      const role = member.character.trim();
      return role ? { name, role, tmdb: member.id } : { name, tmdb: member.id };
    });
  const trailer = pickTrailer(details.videos?.results ?? [], language);
  if (trailer) movie.trailer = trailer;
  if (details.imdb_id && /^tt\d{7,9}$/.test(details.imdb_id))
    movie.links = { imdb: details.imdb_id, tmdb: id };
  const film: TmdbFilm = { movie, notes };
  if (details.poster_path) film.posterPath = details.poster_path;
  if (details.backdrop_path) film.backdropPath = details.backdrop_path;
  return film;
}

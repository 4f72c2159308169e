/**
 * The parts of TMDB's v3 responses that Marquee reads, as TMDB documents them
 * (https://developer.themoviedb.org/reference). Fields TMDB may leave empty are typed so:
 * `release_date: ""`, `poster_path: null`, `runtime: 0` or `null`, no `imdb_id`.
 */

/** `GET /search/movie`. */
export interface TmdbSearchResults {
  page: number;
  results: TmdbSearchMovie[];
  total_pages: number;
  total_results: number;
}

export interface TmdbSearchMovie {
  id: number;
  title: string;
  original_title: string;
  original_language: string;
  /** `2013-12-18`, or `""` when unknown. */
  release_date?: string | undefined;
  poster_path: string | null;
  backdrop_path: string | null;
  genre_ids: number[];
  popularity: number;
}

export interface TmdbGenre {
  id: number;
  name: string;
}

export interface TmdbCountry {
  iso_3166_1: string;
  name: string;
}

export interface TmdbCastMember {
  id: number;
  name: string;
  original_name?: string | undefined;
  known_for_department?: string | undefined;
  /** `""` when TMDB has no role. */
  character: string;
  order: number;
  credit_id: string;
}

export interface TmdbCrewMember {
  id: number;
  name: string;
  original_name?: string | undefined;
  known_for_department?: string | undefined;
  department: string;
  job: string;
  credit_id: string;
}

/** `GET /movie/{id}/credits`, or `credits` appended to the details. */
export interface TmdbCredits {
  id?: number | undefined;
  cast: TmdbCastMember[];
  crew: TmdbCrewMember[];
}

export interface TmdbReleaseDate {
  /** `""` when the release had no rating. */
  certification: string;
  descriptors?: string[] | undefined;
  iso_639_1: string;
  note: string;
  /** ISO date-time: `2014-05-22T00:00:00.000Z`. */
  release_date: string;
  /** 1 premiere, 2 theatrical (limited), 3 theatrical, 4 digital, 5 physical, 6 TV. */
  type: number;
}

/** `GET /movie/{id}/release_dates`, or `release_dates` appended. */
export interface TmdbReleaseDates {
  results: { iso_3166_1: string; release_dates: TmdbReleaseDate[] }[];
}

export interface TmdbVideo {
  iso_639_1: string | null;
  iso_3166_1: string | null;
  name: string;
  key: string;
  site: string;
  size: number;
  type: string;
  official: boolean;
  published_at: string;
  id: string;
}

/** `GET /movie/{id}?append_to_response=credits,release_dates,videos`. */
export interface TmdbMovieDetails {
  id: number;
  imdb_id?: string | null | undefined;
  title: string;
  original_title: string;
  original_language: string;
  release_date?: string | undefined;
  runtime?: number | null | undefined;
  genres: TmdbGenre[];
  production_countries: TmdbCountry[];
  poster_path: string | null;
  backdrop_path: string | null;
  credits?: TmdbCredits | undefined;
  release_dates?: TmdbReleaseDates | undefined;
  videos?: { results: TmdbVideo[] } | undefined;
}

/** `GET /person/{id}`. */
export interface TmdbPerson {
  id: number;
  name: string;
  also_known_as: string[];
  known_for_department?: string | undefined;
}

/** TMDB's error body: `{"success":false,"status_code":34,"status_message":"…"}`. */
export interface TmdbErrorBody {
  success?: boolean;
  status_code?: number;
  status_message?: string;
}

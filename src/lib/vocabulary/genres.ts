import { vocabularyKey } from './normalise';

/** One film genre: TMDB's movie genre, its label in each site language, and other spellings. */
export interface Genre {
  /** TMDB's movie genre id, so imported metadata maps without a name lookup. */
  id: number;
  ko: string;
  en: string;
  /** Other spellings of the same genre, in either language (labels need not be repeated). */
  aliases: readonly string[];
}

/**
 * TMDB's 19 movie genres with its own ko-KR labels, which are also the ones Korean portals
 * (Naver, Daum, KOBIS) use. Aliases are those portals' spellings (`멜로/로맨스`,
 * `공포(호러)`, `서부극(웨스턴)`) and everyday ones. Left out on purpose, so they stay free
 * text: names that span two genres (`Action & Adventure`, `Rom-com`) and names that are
 * no TMDB genre (`뮤지컬`, `사극`, `무협`).
 */
export const GENRES: readonly Genre[] = [
  { id: 28, en: 'Action', ko: '액션', aliases: [] },
  { id: 12, en: 'Adventure', ko: '모험', aliases: ['어드벤처'] },
  { id: 16, en: 'Animation', ko: '애니메이션', aliases: ['Animated', '애니', '만화영화'] },
  { id: 35, en: 'Comedy', ko: '코미디', aliases: ['코메디'] },
  { id: 80, en: 'Crime', ko: '범죄', aliases: [] },
  { id: 99, en: 'Documentary', ko: '다큐멘터리', aliases: ['다큐'] },
  { id: 18, en: 'Drama', ko: '드라마', aliases: [] },
  { id: 10751, en: 'Family', ko: '가족', aliases: [] },
  { id: 14, en: 'Fantasy', ko: '판타지', aliases: ['환타지'] },
  { id: 36, en: 'History', ko: '역사', aliases: ['Historical'] },
  { id: 27, en: 'Horror', ko: '공포', aliases: ['호러', '공포(호러)'] },
  { id: 10402, en: 'Music', ko: '음악', aliases: [] },
  { id: 9648, en: 'Mystery', ko: '미스터리', aliases: ['미스테리', '추리'] },
  { id: 10749, en: 'Romance', ko: '로맨스', aliases: ['멜로', '멜로/로맨스', '멜로드라마'] },
  // `SF` is what Korean readers say (and TMDB's ko-KR label); TMDB's TV list has `Sci-Fi & Fantasy`.
  { id: 878, en: 'Science Fiction', ko: 'SF', aliases: ['Sci-Fi', '공상과학', 'Sci-Fi & Fantasy'] },
  { id: 10770, en: 'TV Movie', ko: 'TV 영화', aliases: ['TV Film', 'Television Movie'] },
  { id: 53, en: 'Thriller', ko: '스릴러', aliases: ['Suspense', '서스펜스'] },
  // TMDB's TV list has `War & Politics` where the movie list has `War`.
  { id: 10752, en: 'War', ko: '전쟁', aliases: ['War & Politics'] },
  { id: 37, en: 'Western', ko: '서부', aliases: ['서부극', '웨스턴', '서부극(웨스턴)'] },
];

/** Every spelling's key → its genre. */
const byKey = new Map<string, Genre>();
for (const genre of GENRES)
  for (const name of [genre.en, genre.ko, ...genre.aliases]) byKey.set(vocabularyKey(name), genre);

const byId = new Map(GENRES.map((genre) => [genre.id, genre]));

/** The genre any label or alias names, in either language, whatever its case or spacing. */
export function genreByName(name: string): Genre | undefined {
  return byKey.get(vocabularyKey(name));
}

export function genreByTmdbId(id: number): Genre | undefined {
  return byId.get(id);
}

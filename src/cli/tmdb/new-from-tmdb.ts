/**
 * `npm run new -- --tmdb 152601`: a draft bundle with the film's facts, poster and cover
 * from TMDB. Everything is fetched before anything is written, and the bundle is renamed
 * into place whole, so a failure leaves nothing behind.
 */
import type { SiteSettings } from '../../schemas/site';
import { createReview, type BundleFile, type NewReview } from '../scaffold';
import { lookUpFilm } from './film-facts';
import { filmImages, COVER_FILE, POSTER_FILE } from './images';
import { clientFor, type CommandIo } from './session';

export async function createReviewFromTmdb(
  contentDir: string,
  id: number,
  review: NewReview,
  site: Pick<SiteSettings, 'language' | 'timeZone'>,
  io: Pick<CommandIo, 'env' | 'cwd'>,
  now = new Date(),
): Promise<{ file: string; notes: string[] }> {
  const client = clientFor(io, `npm run new -- --tmdb ${id}`);
  const film = await lookUpFilm(client, id, site.language);
  const { poster, cover } = await filmImages(client, film);
  const movie: Record<string, unknown> = { ...film.movie };
  // What the author typed wins over TMDB.
  if (review.originalTitle) movie.originalTitle = review.originalTitle;
  if (review.year) movie.year = review.year;
  if (poster) movie.poster = `./${POSTER_FILE}`;
  const files: BundleFile[] = [poster, cover].filter((file) => file !== undefined);
  const title = review.title.trim() || film.movie.title;
  const file = createReview(
    contentDir,
    {
      ...review,
      title,
      year: review.year ?? film.movie.year,
      facts: { movie, ...(cover ? { cover: `./${COVER_FILE}` } : {}) },
    },
    site,
    now,
    files,
  );
  const notes = [...film.notes];
  if (!poster) notes.push('movie.poster: TMDB has no poster for this film');
  if (!film.movie.trailer) notes.push('movie.trailer: TMDB lists no YouTube trailer for this film');
  return { file, notes };
}

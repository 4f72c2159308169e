import type { BundleFile } from '../scaffold';
import type { TmdbClient } from './client';
import { BACKDROP_SIZE, POSTER_SIZE, type TmdbFilm } from './film-facts';

export const POSTER_FILE = 'poster.jpg';
export const COVER_FILE = 'cover.jpg';

/**
 * The film's poster (`poster.jpg`, 780 px wide) and backdrop (`cover.jpg`, 1280 px: TMDB's
 * own pick of the film's best backdrop), downloaded in memory and checked to be JPEGs.
 * `wanted` leaves out what a post already has.
 */
export async function filmImages(
  client: TmdbClient,
  film: TmdbFilm,
  wanted: { poster: boolean; cover: boolean } = { poster: true, cover: true },
): Promise<{ poster?: BundleFile; cover?: BundleFile }> {
  const images: { poster?: BundleFile; cover?: BundleFile } = {};
  if (wanted.poster && film.posterPath)
    images.poster = { name: POSTER_FILE, data: await client.jpeg(film.posterPath, POSTER_SIZE) };
  if (wanted.cover && film.backdropPath)
    images.cover = { name: COVER_FILE, data: await client.jpeg(film.backdropPath, BACKDROP_SIZE) };
  return images;
}

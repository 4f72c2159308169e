import { getReviews } from '../reviews/reviews';
import { tmdbMovieId } from './film-identity';

/** Whether any published review carries a TMDB id (the film's, or a person's): then the site shows TMDB's notice. */
export async function usesTmdb(): Promise<boolean> {
  return (await getReviews()).some(({ data: { movie } }) => {
    const people = [...(movie.directors ?? []), ...(movie.writers ?? []), ...(movie.cast ?? [])];
    return (
      tmdbMovieId(movie.links?.tmdb) !== undefined ||
      people.some((person) => person.tmdb !== undefined)
    );
  });
}

import type { ImageMetadata } from 'astro';

interface TrailerSources {
  cover?: ImageMetadata;
  gallery: { src: ImageMetadata }[];
  movie: { poster?: ImageMetadata };
}

/**
 * The local image a trailer shows until the reader presses play: the post's cover, else
 * its first gallery still, else the film's poster (last, as a portrait poster loses most
 * of itself in a 16:9 frame). `undefined` leaves a dark frame with the play button.
 */
export function trailerPoster(data: TrailerSources): ImageMetadata | undefined {
  return data.cover ?? data.gallery[0]?.src ?? data.movie.poster;
}

/** Where a review's representative image is shown. */
export type ReviewImageUse = 'card' | 'share' | 'trailer';

type ImageSource = 'cover' | 'still' | 'poster';

/**
 * The images a review may be represented by, best first, for each use:
 * - `card` (lists, search results): the film's poster, the shape cards are drawn for;
 * - `share` (Open Graph, JSON-LD): the post's cover, else the poster;
 * - `trailer` (shown until the reader presses play): the cover, else the first gallery
 *   still, else the poster (last, as a portrait poster loses most of itself in a 16:9
 *   frame). `undefined` leaves a dark frame with the play button.
 */
const PREFERENCE: Record<ReviewImageUse, ImageSource[]> = {
  card: ['poster', 'cover'],
  share: ['cover', 'poster'],
  trailer: ['cover', 'still', 'poster'],
};

interface ReviewImages<Image> {
  cover?: Image;
  gallery: { src: Image }[];
  movie: { poster?: Image };
}

/** The one place that decides which image stands for a review (see `PREFERENCE`). */
export function reviewImage<Image>(
  data: ReviewImages<Image>,
  use: ReviewImageUse,
): Image | undefined {
  const sources: Record<ImageSource, Image | undefined> = {
    cover: data.cover,
    still: data.gallery[0]?.src,
    poster: data.movie.poster,
  };
  return PREFERENCE[use].map((source) => sources[source]).find((image) => image !== undefined);
}

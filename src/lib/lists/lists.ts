import { getCollection, type CollectionEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import { tmdbMovieId, type FilmFacts } from '../films/film-identity';
import { matchFilms } from './film-match';
import { noLists } from './list-count';
import type { ReadingSummary } from '../reviews/reading-time';
import { getReviews, type Review } from '../reviews/reviews';

export type ListEntry = CollectionEntry<'lists'>;

/** One film of a list, resolved against the reviews. */
export interface FilmListItem {
  /** 1-based place in the list (shown as the rank of a ranked list). */
  position: number;
  film: FilmFacts;
  /** The review the entry names, or else the newest review of the same film. */
  review?: Review | undefined;
  /** The entry's own poster, else the review's; none gives the typographic placeholder. */
  poster?: ImageMetadata | undefined;
  /** The note, rendered from Markdown. */
  noteHtml?: string | undefined;
}

export interface FilmList {
  slug: string;
  entry: ListEntry;
  title: string;
  /** The author's description, or the introduction's first paragraph. */
  description: string;
  ranked: boolean;
  items: FilmListItem[];
}

/** The film facts of a review (its merged facts), as film identity reads them. */
const reviewFilm = ({ data: { movie } }: Review): FilmFacts => ({
  title: movie.title,
  originalTitle: movie.originalTitle,
  year: movie.year,
  tmdb: tmdbMovieId(movie.links?.tmdb),
});

/**
 * The items of a list: each entry with its film, its review (the one named, or one of the
 * same film by film identity) and its poster. An entry naming a review that is not published
 * (a draft, a post scheduled for later) is left out until the review is.
 */
export function listItems(entry: ListEntry, reviews: Review[]): FilmListItem[] {
  const notes = (entry.rendered?.metadata?.notes ?? []) as (string | undefined)[];
  const bySlug = new Map(reviews.map((review) => [review.slug, review]));
  type Resolved = {
    index: number;
    review?: Review | undefined;
    film: FilmFacts;
    poster?: ImageMetadata | undefined;
  };
  const resolved = entry.data.entries.flatMap((item, index): Resolved[] => {
    if (item.review !== undefined) {
      const review = bySlug.get(item.review.normalize('NFC'));
      return review ? [{ index, review, film: reviewFilm(review), poster: undefined }] : [];
    }
    const film = item.film!;
    return [
      {
        index,
        review: undefined,
        film: {
          title: film.title ?? '',
          originalTitle: film.originalTitle,
          year: film.year,
          tmdb: film.tmdb,
        },
        poster: film.poster,
      },
    ];
  });
  // Film identity: a film entry finds its review (the newest of that film).
  const matches = matchFilms(
    resolved.map(({ film }) => film),
    reviews.map(reviewFilm),
  );
  return resolved.map(({ index, review, film, poster }, position) => {
    const match = matches[position]!;
    const found = review ?? (match >= 0 ? reviews[match] : undefined);
    // What the entry writes wins (the title its readers know); the review fills in the rest.
    const written = Object.fromEntries(
      Object.entries(film).filter(([, value]) => value !== undefined && value !== ''),
    );
    const shown = found ? { ...reviewFilm(found), ...written } : film;
    return {
      position: position + 1,
      film: shown,
      review: found,
      poster: poster ?? found?.data.movie.poster,
      noteHtml: notes[index],
    };
  });
}

async function loadLists(): Promise<FilmList[]> {
  if (noLists()) return [];
  const [entries, reviews] = await Promise.all([getCollection('lists'), getReviews()]);
  return entries
    .map((entry) => {
      const { excerpt = '' } = (entry.rendered?.metadata?.frontmatter ??
        {}) as Partial<ReadingSummary>;
      return {
        slug: entry.id,
        entry,
        title: entry.data.title,
        description: entry.data.description ?? excerpt,
        ranked: entry.data.ranked,
        items: listItems(entry, reviews),
      };
    })
    .sort(
      (a, b) =>
        (b.entry.data.pubDate?.getTime() ?? 0) - (a.entry.data.pubDate?.getTime() ?? 0) ||
        a.title.localeCompare(b.title) ||
        a.slug.localeCompare(b.slug),
    );
}

let cache: Promise<FilmList[]> | undefined;

/** Every published film list, newest first (undated ones last, by title; cached for a build). */
export function getLists(): Promise<FilmList[]> {
  if (import.meta.env.DEV) return loadLists();
  cache ??= loadLists();
  return cache;
}

/** The lists a review is in (named, or its film named). */
export async function listsOfReview(slug: string): Promise<FilmList[]> {
  return (await getLists()).filter((list) => list.items.some((item) => item.review?.slug === slug));
}

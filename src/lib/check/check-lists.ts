import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listSchema, type ListData } from '../../schemas/list';
import type { FilmFacts } from '../films/film-identity';
import { matchFilms } from '../lists/film-match';
import { sortProblems, type Problem } from '../rules/problem';
import { didYouMean } from '../rules/did-you-mean';
import { slugProblem } from '../rules/slug-rules';
import { fieldName, zodProblems } from '../rules/zod-problems';
import { slugFromEntryPath } from '../slugs';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import { checkedImage } from './post-images';
import type { CheckedPost } from './validate-post';

/** What a list needs to know of a review: its slug and its film. */
export interface ReviewRef {
  slug: string;
  film: FilmFacts;
}

/** A review's slug and film, from its frontmatter as read (checked or not). */
export function reviewRef(entry: string, data: unknown): ReviewRef | undefined {
  const fields = (data ?? {}) as {
    slug?: unknown;
    movie?: {
      title?: unknown;
      originalTitle?: unknown;
      year?: unknown;
      links?: { tmdb?: unknown };
    };
  };
  const movie = fields.movie;
  if (typeof movie?.title !== 'string') return undefined;
  const slug =
    typeof fields.slug === 'string'
      ? fields.slug.trim().normalize('NFC')
      : slugFromEntryPath(entry);
  return {
    slug,
    film: {
      title: movie.title,
      originalTitle: typeof movie.originalTitle === 'string' ? movie.originalTitle : undefined,
      year: typeof movie.year === 'number' ? movie.year : undefined,
      tmdb: typeof movie.links?.tmdb === 'number' ? movie.links.tmdb : undefined,
    },
  };
}

/** The slugs and films of posts the review check read (`npm run check`, the list loader). */
export function checkedPostRefs(posts: CheckedPost[]): ReviewRef[] {
  return posts.flatMap(({ post, frontmatter }) => reviewRef(post.entry, frontmatter.data) ?? []);
}

/**
 * Every review's slug and film, read from the frontmatter alone (no images, no Markdown):
 * what the list loader needs, cheaply, in a build where the review loader checks the rest.
 */
export function readReviewRefs(reviewsFolder: string): ReviewRef[] {
  if (!existsSync(reviewsFolder)) return [];
  return readdirSync(reviewsFolder, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => entry.endsWith('.md'))
    .sort()
    .flatMap((entry) => {
      const data = readFrontmatter(readFileSync(path.join(reviewsFolder, entry), 'utf8')).data;
      return reviewRef(entry, data) ?? [];
    });
}

export interface CheckedList {
  /** Absolute path of the list file. */
  file: string;
  /** The same, relative to the project, as messages show it. */
  name: string;
  slug: string;
  frontmatter: Frontmatter;
  draft: boolean;
  problems: Problem[];
}

/** The list being checked, for the poster check (`checkedImage`); one list at a time. */
let current = { postFile: '', contentRoot: '' };
const schema = listSchema(checkedImage(() => current));

/** How a film of an entry is named in a message. */
function filmLabel(facts: FilmFacts): string {
  if (facts.title) return `"${facts.title}"${facts.year ? ` (${facts.year})` : ''}`;
  return `TMDB ${facts.tmdb}`;
}

/**
 * The film of each entry (a review's film, or the film written), with the keys of film
 * identity: an entry `{ title, year }` is the same film as a reviewed film with a TMDB
 * number and that title and year.
 */
function entryFilms(data: ListData, reviews: ReviewRef[]): (FilmFacts | undefined)[] {
  const bySlug = new Map(reviews.map((review) => [review.slug, review.film]));
  return data.entries.map(({ review, film }) => {
    if (review !== undefined) return bySlug.get(review.normalize('NFC'));
    return (
      film && {
        title: film.title ?? '',
        originalTitle: film.originalTitle,
        year: film.year,
        tmdb: film.tmdb,
      }
    );
  });
}

/** Entries naming a review that does not exist, and films named twice. */
function entryProblems(
  name: string,
  frontmatter: Frontmatter,
  data: ListData,
  reviews: ReviewRef[],
): Problem[] {
  const problems: Problem[] = [];
  const slugs = reviews.map((review) => review.slug);
  data.entries.forEach(({ review }, index) => {
    if (review === undefined || slugs.includes(review.normalize('NFC'))) return;
    const path = ['entries', index, 'review'];
    const guess = didYouMean(review, slugs);
    problems.push({
      file: name,
      ...frontmatter.locate(path),
      field: fieldName(path),
      message: `found "${review}", but no review has that slug; expected the slug of a review in content/reviews/${guess ? `; did you mean "${guess}"?` : ', or film: { title, year } for a film without a review'}`,
    });
  });
  const films = entryFilms(data, reviews);
  const known = films.flatMap((film, index) => (film ? [{ film, index }] : []));
  const reviewFilms = reviews.map((review) => review.film);
  const matches = matchFilms(
    known.map(({ film }) => film),
    reviewFilms,
  );
  known.forEach(({ film, index }, position) => {
    if (film.title || matches[position]! >= 0) return;
    const path = ['entries', index, 'film'];
    problems.push({
      file: name,
      ...frontmatter.locate(path),
      field: fieldName(path),
      message: `found ${filmLabel(film)}, a film no review is of; expected its title too (the list shows it): film: { tmdb: ${film.tmdb}, title: …, year: … }`,
    });
  });
  // One film, twice: the same review, or films that are one by film identity.
  const seen: { film: FilmFacts; index: number; review: number }[] = [];
  known.forEach(({ film, index }, position) => {
    const review = matches[position]!;
    const earlier = seen.find(
      (other) =>
        (review >= 0 && other.review === review) || matchFilms([film], [other.film])[0] === 0,
    );
    if (!earlier) {
      seen.push({ film, index, review });
      return;
    }
    const path = ['entries', index];
    problems.push({
      file: name,
      ...frontmatter.locate(path),
      field: fieldName(path),
      message: `found the film ${filmLabel(film)} again, already entries[${earlier.index}] (line ${frontmatter.locate(['entries', earlier.index]).line}); expected each film once`,
    });
  });
  return problems;
}

/** YAML that cannot be read, in the one format. */
function readingProblems(name: string, frontmatter: Frontmatter): Problem[] {
  return frontmatter.errors.map(({ line, column, code, text, message }) => ({
    file: name,
    line,
    column,
    field: code === 'DUPLICATE_KEY' && text ? text : '(frontmatter)',
    message: code === 'DUPLICATE_KEY' ? 'this key is written twice; keep one of the two' : message,
  }));
}

/** One list file: its frontmatter, its posters, its slug and its entries against the reviews. */
async function checkList(
  file: string,
  name: string,
  contentRoot: string,
  reviews: ReviewRef[],
): Promise<CheckedList> {
  const frontmatter = readFrontmatter(readFileSync(file, 'utf8'));
  const slug = slugFromEntryPath(path.basename(file));
  const draft = (frontmatter.data as { draft?: unknown }).draft === true;
  const problems = readingProblems(name, frontmatter);
  const bad = slugProblem(slug);
  if (bad)
    problems.push({
      file: name,
      line: 1,
      column: 1,
      field: 'file name',
      message: `${bad}; rename the file`,
    });
  if (frontmatter.errors.length) return { file, name, slug, frontmatter, draft, problems };
  current = { postFile: file, contentRoot };
  const result = await schema.safeParseAsync(frontmatter.data);
  if (!result.success) {
    problems.push(
      ...zodProblems(result.error.issues, {
        file: name,
        input: frontmatter.data,
        schema,
        wholeInput: '(frontmatter)',
        locate: frontmatter.locate,
        written: frontmatter.source,
      }),
    );
  } else problems.push(...entryProblems(name, frontmatter, result.data, reviews));
  return { file, name, slug, frontmatter, draft, problems };
}

/**
 * Checks every film list (`content/lists/*.md`): the frontmatter with the list schema (a
 * poster checked where it is, as review images are), every entry against the reviews (a
 * slug no review has, a film named twice by film identity). Used by the list loader before
 * Astro reads any list, and by `npm run check`.
 */
export async function checkLists(options: {
  root: string;
  listsFolder: string;
  contentRoot: string;
  reviews: ReviewRef[];
}): Promise<{ lists: CheckedList[]; problems: Problem[] }> {
  if (!existsSync(options.listsFolder)) return { lists: [], problems: [] };
  const name = (file: string) => path.relative(options.root, file).split(path.sep).join('/');
  const lists: CheckedList[] = [];
  const problems: Problem[] = [];
  for (const entry of readdirSync(options.listsFolder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const file = path.join(options.listsFolder, entry.name);
    if (entry.isDirectory() || !/\.md$/i.test(entry.name)) continue;
    if (!entry.name.endsWith('.md') || entry.isSymbolicLink()) {
      problems.push({
        file: name(file),
        field: '(file name)',
        message: entry.isSymbolicLink()
          ? 'found a symbolic link; copy the list file here instead'
          : `found "${entry.name}"; the build reads lists named *.md (lower case): rename it`,
      });
      continue;
    }
    const list = await checkList(file, name(file), options.contentRoot, options.reviews);
    lists.push(list);
    problems.push(...list.problems);
  }
  return { lists, problems: sortProblems(problems) };
}

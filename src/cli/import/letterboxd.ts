import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { readCsv, type CsvRow } from './csv';
import { htmlToMarkdown } from './html-to-markdown';
import { removeJunk } from './junk';
import type { ImportedPost } from './post';

/** The files of a Letterboxd export Marquee reads (top level and `likes/`, never `deleted/`). */
const EXPORT_FILES = [
  'reviews.csv',
  'diary.csv',
  'ratings.csv',
  'watched.csv',
  'likes/films.csv',
] as const;
type ExportFile = (typeof EXPORT_FILES)[number];
type ExportFiles = Partial<Record<ExportFile, Buffer>>;

/** The export's files from its folder or its `.zip` (whose files may sit in one top folder). */
function readExport(source: string): ExportFiles {
  const files: ExportFiles = {};
  if (statSync(source).isDirectory()) {
    for (const name of EXPORT_FILES) {
      const file = path.join(source, ...name.split('/'));
      if (existsSync(file)) files[name] = readFileSync(file);
    }
    return files;
  }
  const entries = Object.entries(unzipSync(readFileSync(source))).filter(
    ([entry]) => !/(^|\/)deleted\//.test(entry),
  );
  for (const name of EXPORT_FILES) {
    const [found] = entries
      .filter(([entry]) => entry === name || entry.endsWith(`/${name}`))
      .sort(([a], [b]) => a.length - b.length);
    if (found) files[name] = Buffer.from(found[1]);
  }
  return files;
}

const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString().startsWith(value);

/**
 * The formatting tags Letterboxd writes into review text (`<i>`, `<b>`, `<a href="…">`,
 * `<blockquote>`, and their kin), with plain `name="value"` attributes: anything else in
 * angle brackets (`<sigh>`, `<Director's Cut>`, the `<b` of `a<b.`) is the member's text.
 */
const FORMATTING_TAG =
  /<\/?(?:i|b|em|strong|u|a|blockquote|br|p|ul|ol|li)(?:\s+[a-z-]+(?:="[^"<>]*")?)*\s*\/?>/giy;

/** Review text with every `<` that does not open a formatting tag written as `&lt;`. */
export function escapeText(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] !== '<') {
      out += text[index];
      continue;
    }
    FORMATTING_TAG.lastIndex = index;
    const tag = FORMATTING_TAG.exec(text)?.[0];
    if (tag) {
      out += tag;
      index += tag.length - 1;
    } else out += '&lt;';
  }
  return out;
}

/** Letterboxd's review text (line breaks, `<b>`, `<i>`, `<a>`, `<blockquote>`) as Markdown; every other character kept. */
export async function reviewMarkdown(text: string): Promise<string> {
  if (!text.trim()) return '';
  const html = escapeText(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) =>
      /^\s*<(blockquote|ul|ol|p)\b/i.test(paragraph)
        ? paragraph
        : `<p>${paragraph.replace(/\n/g, '<br>')}</p>`,
    )
    .join('\n');
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  removeJunk(tree);
  return htmlToMarkdown(tree);
}

async function rowPost(
  row: CsvRow,
  file: string,
  problems: string[],
): Promise<ImportedPost | undefined> {
  const value = (key: string) => row.values[key]?.trim() ?? '';
  const where = `${file}:${row.line}`;
  const name = value('Name');
  const date = value('Date');
  if (!name) return void problems.push(`${where}: no film name (Name); row skipped`);
  if (!isDay(date))
    return void problems.push(
      `${where}: Date "${date}" is not a date such as 2022-06-18; row skipped`,
    );
  const notes: string[] = [];
  const year = value('Year') ? Number(value('Year')) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year >= 1870 && year <= 2100))
    notes.push(`Year "${value('Year')}" is not a year, left out`);
  const rating = value('Rating') ? Number(value('Rating')) : undefined;
  if (rating !== undefined && !(rating >= 0 && rating <= 5 && Number.isInteger(rating * 2)))
    notes.push(`Rating "${value('Rating')}" is not 0–5 in halves, left out`);
  const watched = value('Watched Date');
  if (watched && !isDay(watched)) notes.push(`Watched Date "${watched}" is not a date, left out`);
  const goodYear =
    year !== undefined && !notes.some((note) => note.startsWith('Year')) ? year : undefined;
  return {
    source: where,
    slugTitle: goodYear ? `${name} ${goodYear}` : name,
    frontmatter: {
      title: name,
      pubDate: date,
      tags: value('Tags')
        ? [
            ...new Set(
              value('Tags')
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean),
            ),
          ]
        : undefined,
      rating: notes.some((note) => note.startsWith('Rating')) ? undefined : rating,
      watched: watched && isDay(watched) ? watched : undefined,
      rewatch: /^yes$/i.test(value('Rewatch')) || undefined,
      // Set from likes/films.csv; here for its place in the frontmatter.
      liked: undefined,
      movie: { title: name, year: goodYear },
    },
    body: await reviewMarkdown(row.values.Review ?? ''),
    images: [],
    notes,
  };
}

/** A diary entry as `content/diary.yaml` holds it (see `src/schemas/diary.ts`), empty keys left out. */
export interface DiaryItem {
  watched?: string | undefined;
  film: { title: string; year?: number | undefined; letterboxd?: string | undefined };
  rating?: number | undefined;
  rewatch?: boolean | undefined;
  liked?: boolean | undefined;
  tags?: string[] | undefined;
  review?: string | undefined;
}

/** A viewing of the export: a review (with its post) or a diary entry alone. */
export interface LetterboxdViewing {
  /** What a later export of the same viewing is matched by: the Letterboxd URI and the watch date. */
  key: string;
  entry: DiaryItem;
  post?: ImportedPost | undefined;
}

/** `https://boxd.it/aaa1|2023-01-07`: one viewing across exports. */
export const viewingKey = (letterboxd: string | undefined, watched: string | undefined) =>
  `${letterboxd ?? ''}|${watched ?? ''}`;

const filmKey = (name: string, year: string) => `${name.trim().toLowerCase()}|${year.trim()}`;

function diaryItem(post: ImportedPost, letterboxd: string | undefined, liked: boolean): DiaryItem {
  const { frontmatter: data } = post;
  return {
    watched: data.watched,
    film: { title: data.movie.title, year: data.movie.year, letterboxd: letterboxd || undefined },
    rating: data.rating,
    rewatch: data.rewatch,
    liked: liked || undefined,
    tags: data.tags,
  };
}

/**
 * A Letterboxd export as viewings: each `reviews.csv` row a draft post with its diary
 * entry, each other `diary.csv` row an entry, and each film of `ratings.csv` or
 * `watched.csv` that the diary never logged an entry without a date. Films in
 * `likes/films.csv` are `liked` on every viewing. Unreadable rows are reported with their
 * line number.
 */
export async function importLetterboxd(
  source: string,
): Promise<{ viewings: LetterboxdViewing[]; problems: string[] }> {
  const files = readExport(source);
  const problems: string[] = [];
  const viewings: LetterboxdViewing[] = [];
  if (!files['reviews.csv'] && !files['diary.csv'])
    return { viewings, problems: [`${source}: no reviews.csv or diary.csv found`] };
  const rowsOf = (name: ExportFile) => {
    const file = files[name];
    if (!file) return [];
    const { rows, problems: csvProblems } = readCsv(file);
    problems.push(...csvProblems.map((problem) => problem.replace(/^line (\S+):/, `${name}:$1:`)));
    return rows;
  };
  const value = (row: CsvRow, key: string) => row.values[key]?.trim() ?? '';
  const liked = new Set(
    rowsOf('likes/films.csv').map((row) => filmKey(value(row, 'Name'), value(row, 'Year'))),
  );
  const isLiked = (row: CsvRow) => liked.has(filmKey(value(row, 'Name'), value(row, 'Year')));
  const logged = new Set<string>();
  const seen = new Set<string>();
  for (const row of rowsOf('reviews.csv')) {
    const post = await rowPost(row, 'reviews.csv', problems);
    logged.add(filmKey(value(row, 'Name'), value(row, 'Year')));
    if (!post) continue;
    post.frontmatter.liked = isLiked(row) || undefined;
    const key = viewingKey(value(row, 'Letterboxd URI'), post.frontmatter.watched);
    seen.add(key);
    viewings.push({
      key,
      post,
      entry: diaryItem(post, value(row, 'Letterboxd URI'), isLiked(row)),
    });
  }
  for (const row of rowsOf('diary.csv')) {
    logged.add(filmKey(value(row, 'Name'), value(row, 'Year')));
    const post = await rowPost(row, 'diary.csv', problems);
    if (!post) continue;
    const key = viewingKey(value(row, 'Letterboxd URI'), post.frontmatter.watched);
    if (seen.has(key)) continue;
    seen.add(key);
    viewings.push({ key, entry: diaryItem(post, value(row, 'Letterboxd URI'), isLiked(row)) });
  }
  // Films rated or marked watched outside the diary (often before it began): one undated entry each.
  const ratings = new Map(
    rowsOf('ratings.csv').map((row) => [filmKey(value(row, 'Name'), value(row, 'Year')), row]),
  );
  const undated = [...ratings.values(), ...rowsOf('watched.csv')];
  for (const row of undated) {
    const film = filmKey(value(row, 'Name'), value(row, 'Year'));
    if (logged.has(film) || !value(row, 'Name')) continue;
    logged.add(film);
    const year = Number(value(row, 'Year'));
    const rating = Number(value(ratings.get(film) ?? row, 'Rating'));
    const letterboxd = value(row, 'Letterboxd URI') || undefined;
    viewings.push({
      key: viewingKey(letterboxd, undefined),
      entry: {
        film: {
          title: value(row, 'Name'),
          year: Number.isInteger(year) && year >= 1870 ? year : undefined,
          letterboxd,
        },
        rating: rating > 0 && rating <= 5 && Number.isInteger(rating * 2) ? rating : undefined,
        liked: isLiked(row) || undefined,
      },
    });
  }
  return { viewings, problems };
}

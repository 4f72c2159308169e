import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { readCsv, type CsvRow } from './csv';
import { htmlToMarkdown } from './html-to-markdown';
import { removeJunk } from './junk';
import type { ImportedPost } from './post';

/** The two files of a Letterboxd export that become reviews. */
type ExportFiles = { reviews?: Buffer | undefined; diary?: Buffer | undefined };

/** `reviews.csv` and `diary.csv` from an export folder or its `.zip` (top-level files, not `deleted/`). */
function readExport(source: string): ExportFiles {
  if (statSync(source).isDirectory()) {
    const read = (name: string) =>
      existsSync(path.join(source, name)) ? readFileSync(path.join(source, name)) : undefined;
    return { reviews: read('reviews.csv'), diary: read('diary.csv') };
  }
  const entries = unzipSync(readFileSync(source), {
    filter: (file) => /(^|\/)(reviews|diary)\.csv$/.test(file.name),
  });
  const pick = (name: string) => {
    const [found] = Object.entries(entries)
      .filter(([entry]) => entry === name || entry.endsWith(`/${name}`))
      .sort(([a], [b]) => a.length - b.length);
    return found ? Buffer.from(found[1]) : undefined;
  };
  return { reviews: pick('reviews.csv'), diary: pick('diary.csv') };
}

const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString().startsWith(value);

/** Letterboxd's review text (line breaks, `<b>`, `<i>`, `<a>`, `<blockquote>`) as Markdown. */
async function reviewMarkdown(text: string): Promise<string> {
  if (!text.trim()) return '';
  const html = text
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
      movie: { title: name, year: goodYear },
    },
    body: await reviewMarkdown(row.values.Review ?? ''),
    images: [],
    notes,
  };
}

/**
 * A Letterboxd export as draft posts: one per row of `reviews.csv`, plus, with `diary`,
 * one per `diary.csv` entry that has no review (matched by Letterboxd URI, or by film,
 * year and watched date). Unreadable rows are reported with their line number.
 */
export async function importLetterboxd(
  source: string,
  options: { diary?: boolean | undefined } = {},
): Promise<{ posts: ImportedPost[]; problems: string[] }> {
  const files = readExport(source);
  const problems: string[] = [];
  const posts: ImportedPost[] = [];
  if (!files.reviews && !files.diary)
    return { posts, problems: [`${source}: no reviews.csv or diary.csv found`] };
  const reviewed = new Set<string>();
  const keys = (row: CsvRow) =>
    [
      row.values['Letterboxd URI'],
      `${row.values.Name}|${row.values.Year}|${row.values['Watched Date']}`,
    ].filter(Boolean) as string[];
  if (files.reviews) {
    const { rows, problems: csvProblems } = readCsv(files.reviews);
    problems.push(
      ...csvProblems.map((problem) => problem.replace(/^line (\S+):/, 'reviews.csv:$1:')),
    );
    for (const row of rows) {
      const post = await rowPost(row, 'reviews.csv', problems);
      if (post) posts.push(post);
      keys(row).forEach((key) => reviewed.add(key));
    }
  }
  if (files.diary) {
    const { rows, problems: csvProblems } = readCsv(files.diary);
    problems.push(
      ...csvProblems.map((problem) => problem.replace(/^line (\S+):/, 'diary.csv:$1:')),
    );
    const unreviewed = rows.filter((row) => !keys(row).some((key) => reviewed.has(key)));
    if (!options.diary && unreviewed.length)
      problems.push(
        `diary.csv: ${unreviewed.length} entries without a review skipped (add --diary to import them)`,
      );
    if (options.diary) {
      for (const row of unreviewed) {
        const post = await rowPost(row, 'diary.csv', problems);
        if (post) posts.push(post);
      }
    }
  }
  return { posts, problems };
}

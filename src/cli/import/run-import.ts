import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../i18n/languages';
import type { SiteSettings } from '../../schemas/site';
import { CliError } from '../content-folder';
import { TmdbError, type TmdbClient } from '../tmdb/client';
import { fillPost, NoSingleMatch } from '../tmdb/fill';
import { createBundleWriter } from './bundle';
import { importHtmlPost } from './html-post';
import { importLetterboxd } from './letterboxd';
import { syncLetterboxd } from './letterboxd-sync';
import type { ImportedPost } from './post';

export interface ImportOptions {
  /** Saved HTML pages, or folders of them (each `*.html` with its `*_files/`). */
  pages?: string[];
  /** A Letterboxd export folder or `.zip`. */
  letterboxd?: string | undefined;
  /** `--lookup`: fill each written draft's missing film facts from TMDB. */
  lookup?: { client: TmdbClient; language: Language } | undefined;
}

/**
 * Fills one written draft from TMDB and returns its report lines. A post TMDB cannot pin
 * down is a line; a failure of TMDB itself (no key, no network) is thrown to stop the lookups.
 */
async function lookUp(
  file: string,
  lookup: NonNullable<ImportOptions['lookup']>,
): Promise<string[]> {
  try {
    const result = await fillPost(path.dirname(file), lookup.client, lookup);
    return [
      result.added.length
        ? `TMDB ${result.tmdb}: added ${result.added.map((line) => line.split(':')[0]).join(', ')}`
        : `TMDB ${result.tmdb}: nothing to add`,
      ...result.differs.map((line) => `TMDB ${result.tmdb}: ${line}`),
      ...result.notes.map((line) => `TMDB ${result.tmdb}: ${line}`),
    ];
  } catch (error) {
    if (error instanceof NoSingleMatch) {
      const folder = path.relative(process.cwd(), path.dirname(file));
      return [
        `TMDB: ${error.named}, not exactly one; find it with ${error.search}, then npm run film -- --fill ${folder} --tmdb <id>`,
      ];
    }
    const perPost =
      (error instanceof TmdbError && error.status === 404) ||
      (error instanceof CliError && !(error instanceof TmdbError));
    if (!perPost) throw error;
    return [`TMDB: ${error.message.replace(`${file}: `, '')}`];
  }
}

/** What an import did, line by line, for the report. */
export interface ImportReport {
  written: string[];
  lines: string[];
  /** A Letterboxd import's one-line count: new viewings, new reviews, unchanged, edited locally and kept. */
  counts?: string | undefined;
  /** `import-report.md`, written into the content folder. */
  summary?: string | undefined;
}

/** A folder stands for every saved page in it (`*.html`, `*.htm`), in name order. */
function expandPages(pages: string[]): string[] {
  return pages.flatMap((page) =>
    statSync(page, { throwIfNoEntry: false })?.isDirectory()
      ? readdirSync(page)
          .filter((name) => /\.html?$/i.test(name))
          .sort()
          .map((name) => path.join(page, name))
      : [page],
  );
}

/** What a written post's frontmatter holds, as `key` names (`movie.runtime`, `3 images`). */
function mappedKeys(post: ImportedPost): string {
  const { movie, ...top } = post.frontmatter;
  const filled = (entries: [string, unknown][], prefix = '') =>
    entries
      .filter(([, value]) => value !== undefined && !(Array.isArray(value) && !value.length))
      .map(([key]) => `${prefix}${key}`);
  const keys = [...filled(Object.entries(top)), ...filled(Object.entries(movie), 'movie.')];
  const images = post.images.length ? [`${post.images.length} image(s)`] : [];
  return [...keys, ...images].join(', ');
}

/**
 * Imports saved pages or a Letterboxd export into `<content>/reviews/` as draft bundles
 * and reports each post's bundle and whatever could not be mapped. Reads local files only.
 */
export async function runImport(
  contentDir: string,
  site: Pick<SiteSettings, 'timeZone'>,
  options: ImportOptions,
  now = new Date(),
): Promise<ImportReport> {
  const write = createBundleWriter(path.join(contentDir, 'reviews'));
  const report: ImportReport = { written: [], lines: [] };
  const posts: ImportedPost[] = [];
  const summary: string[] = ['# Import report', ''];
  for (const page of expandPages(options.pages ?? [])) {
    try {
      posts.push(await importHtmlPost(page, site, now));
    } catch (error) {
      report.lines.push(`✗ ${page}: ${(error as Error).message}`);
      summary.push(
        `## ${path.basename(page)}`,
        '',
        `Not imported: ${(error as Error).message}`,
        '',
      );
    }
  }
  const letterboxdFiles: string[] = [];
  if (options.letterboxd) {
    const { viewings, problems } = await importLetterboxd(options.letterboxd);
    report.lines.push(...problems.map((problem) => `✗ ${problem}`));
    const synced = syncLetterboxd(contentDir, viewings);
    report.lines.push(...synced.lines);
    report.written.push(...synced.written);
    letterboxdFiles.push(...synced.written);
    report.counts = synced.summary;
  }
  let lookupStopped = false;
  if (options.lookup)
    for (const file of letterboxdFiles) {
      if (lookupStopped) break;
      try {
        report.lines.push(...(await lookUp(file, options.lookup)).map((line) => `    - ${line}`));
      } catch (error) {
        lookupStopped = true;
        const message = error instanceof CliError ? error.message : String(error);
        report.lines.push(`✗ TMDB lookup stopped: ${message}`);
      }
    }
  for (const post of posts) {
    const result = write(post);
    const name = path.basename(post.source);
    if ('skipped' in result) {
      report.lines.push(`✗ ${post.source}: ${result.skipped}`);
      summary.push(`## ${name}`, '', `Skipped: ${result.skipped}.`, '');
      continue;
    }
    report.written.push(result.written);
    report.lines.push(`✓ ${post.source} → ${path.relative(process.cwd(), result.written)} (draft)`);
    const notes = [...post.notes];
    if (options.lookup && !lookupStopped) {
      try {
        notes.push(...(await lookUp(result.written, options.lookup)));
      } catch (error) {
        // TMDB itself failed (no key, no network): said once, and no more lookups this run.
        lookupStopped = true;
        const message = error instanceof CliError ? error.message : String(error);
        report.lines.push(`✗ TMDB lookup stopped: ${message}`);
      }
    }
    report.lines.push(...notes.map((note) => `    - ${note}`));
    const needs = notes.filter((note) => !note.startsWith('layout: '));
    summary.push(
      `## ${name} → ${path.relative(contentDir, path.dirname(result.written))}/`,
      '',
      `Mapped: ${mappedKeys(post)}.`,
      '',
      needs.length ? 'Needs a look:' : 'Needs a look: nothing found.',
      ...needs.map((note) => `- ${note}`),
      '',
    );
  }
  if (options.pages?.length) {
    report.summary = path.join(contentDir, 'import-report.md');
    writeFileSync(report.summary, `${summary.join('\n').trim()}\n`);
  }
  return report;
}

import path from 'node:path';
import type { SiteSettings } from '../../schemas/site';
import { createBundleWriter } from './bundle';
import { importHtmlPost } from './html-post';
import { importLetterboxd } from './letterboxd';
import type { ImportedPost } from './post';

export interface ImportOptions {
  /** Saved HTML pages. */
  pages?: string[];
  /** A Letterboxd export folder or `.zip`. */
  letterboxd?: string | undefined;
  /** Also import Letterboxd diary entries without a review. */
  diary?: boolean | undefined;
}

/** What an import did, line by line, for the report. */
export interface ImportReport {
  written: string[];
  lines: string[];
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
  for (const page of options.pages ?? []) {
    try {
      posts.push(await importHtmlPost(page, site, now));
    } catch (error) {
      report.lines.push(`✗ ${page}: ${(error as Error).message}`);
    }
  }
  if (options.letterboxd) {
    const { posts: rows, problems } = await importLetterboxd(options.letterboxd, {
      diary: options.diary,
    });
    posts.push(...rows);
    report.lines.push(...problems.map((problem) => `✗ ${problem}`));
  }
  for (const post of posts) {
    const result = write(post);
    if ('skipped' in result) {
      report.lines.push(`✗ ${post.source}: ${result.skipped}`);
      continue;
    }
    report.written.push(result.written);
    report.lines.push(`✓ ${post.source} → ${path.relative(process.cwd(), result.written)} (draft)`);
    report.lines.push(...post.notes.map((note) => `    - ${note}`));
  }
  return report;
}

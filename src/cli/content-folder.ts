import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { slugFromEntryPath, termSlug } from '../lib/slugs';
import { slugCollisionKey } from '../lib/rules/slug-rules';

/** A mistake in what the author typed: printed as it is, without a stack trace. */
export class CliError extends Error {}

function* markdownFiles(folder: string, prefix = ''): Generator<string> {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* markdownFiles(path.join(folder, entry.name), relative);
    else if (/\.md$/i.test(entry.name)) yield relative;
  }
}

function frontmatterSlug(text: string): string | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (!block) return undefined;
  try {
    const data = parse(block) as { slug?: unknown } | null;
    return typeof data?.slug === 'string' && data.slug.trim()
      ? data.slug.trim().normalize('NFC')
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every slug in use under `reviews/`, as the review loader computes it (a frontmatter
 * `slug:` or the folder/file name), keyed by `slugCollisionKey`, since slugs that differ
 * only in case clash too. Values are the posts' paths relative to `reviews/`.
 */
export function existingSlugs(reviewsDir: string): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const entry of markdownFiles(reviewsDir)) {
    const slug =
      frontmatterSlug(readFileSync(path.join(reviewsDir, entry), 'utf8')) ??
      slugFromEntryPath(entry);
    slugs.set(slugCollisionKey(slug), entry);
  }
  return slugs;
}

/**
 * The folder name for a new review: the title as a readable URL segment, with the
 * site's term rules (`비 오는 날` → `비-오는-날`, `Her` → `her`), so it is always a valid slug.
 */
export function folderForTitle(title: string): string {
  return slugFromEntryPath(`${termSlug(title)}/index.md`);
}

/**
 * `npm run publish -- <slug>… | --all-drafts`: removes `draft: true` from posts' frontmatter,
 * with Node's file functions only (no `sed`), so it works the same on Windows, macOS and Linux.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError, existingSlugs } from './content-folder';
import { slugCollisionKey } from '../lib/rules/slug-rules';

/**
 * The post's text without its `draft: true` line (any letter case of `true`, a comment after
 * it, CRLF or LF line ends kept), or `undefined` when the frontmatter has none.
 */
export function withoutDraft(text: string): string | undefined {
  const frontmatter = /^(?:\uFEFF)?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!frontmatter) return undefined;
  const block = frontmatter[1] ?? '';
  const kept = block.replace(/^draft:[ \t]*(?:true|True|TRUE|yes)[ \t]*(?:#.*)?(?:\r?\n|$)/m, '');
  if (kept === block) return undefined;
  const start = frontmatter[0].indexOf(block);
  return text.slice(0, start) + kept + text.slice(start + block.length);
}

export interface PublishResult {
  published: string[];
  /** Posts named that were not drafts. */
  already: string[];
}

/** Publishes the named posts (by slug) or, with `all`, every draft under `reviews/`. */
export function publishDrafts(
  reviewsDir: string,
  options: { slugs: string[]; all: boolean },
): PublishResult {
  const posts = existingSlugs(reviewsDir);
  const unknown = options.slugs.filter((slug) => !posts.has(slugCollisionKey(slug)));
  if (unknown.length)
    throw new CliError(
      `no review with the slug ${unknown.map((slug) => `"${slug}"`).join(', ')} in ${path.relative(process.cwd(), reviewsDir) || '.'}; expected the name of a review's folder (or its "slug:")`,
    );
  const entries = options.all
    ? [...posts.values()]
    : options.slugs.map((slug) => posts.get(slugCollisionKey(slug))!);
  const result: PublishResult = { published: [], already: [] };
  for (const entry of [...new Set(entries)].sort()) {
    const file = path.join(reviewsDir, entry);
    const text = withoutDraft(readFileSync(file, 'utf8'));
    if (text === undefined) {
      if (!options.all) result.already.push(entry);
      continue;
    }
    writeFileSync(file, text);
    result.published.push(entry);
  }
  return result;
}

import path from 'node:path';
import type { z } from 'astro/zod';
import { reviewSchema } from '../../schemas/review';
import { slugFromEntryPath } from '../slugs';
import { didYouMean } from './did-you-mean';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import { calendarProblem, isRealCalendarDay } from './calendar-date';
import { checkedImage } from './post-images';
import type { Problem } from './problem';
import { schemaKeysAt } from './schema-keys';
import { slugProblem } from './slug-rules';

/** A review post to check. */
export interface PostFile {
  /** Absolute path of the Markdown file. */
  file: string;
  /** The same, relative to the project, as messages show it. */
  name: string;
  /** Path under the reviews folder (`her/index.md`), which gives the slug. */
  entry: string;
  /** The file's text. */
  source: string;
  /** The `content/` folder (absolute): images must stay inside it. */
  contentRoot: string;
}

export interface CheckedPost {
  post: PostFile;
  problems: Problem[];
  /** The slug the post will have (folder or `slug:`), when it could be read. */
  slug?: string;
  /** Where the slug was written, for collision messages. */
  slugAt?: { line: number; column: number };
  frontmatter: Frontmatter;
  /**
   * The data the build is to use: Astro's reading, with date-times written without an
   * offset handed to the schema as written, so both read them in the site's time zone.
   */
  data: Record<string, unknown>;
  draft: boolean;
  /** The publication date, when the frontmatter is valid. */
  pubDate?: Date;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** A value as an author would recognise it in a message. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (value instanceof Date) return `the date ${value.toISOString().replace(/T00:00:00\.000Z$/, '')}`;
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'a group of keys';
  return String(value);
}

/** The field as authors write it: `movie.cast[2].name`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

/** Zod issues as problems at the line of the key that is wrong. */
function issueProblems(issues: z.core.$ZodIssue[], post: PostFile, frontmatter: Frontmatter): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = schemaKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        const hint = guess ? `did you mean "${guess}"?` : 'check the spelling against the keys in content/AUTHORING.md';
        return {
          file: post.name,
          ...frontmatter.locate([...issue.path, key]),
          field: fieldName([...issue.path, key]),
          message: `unknown key; ${hint}`,
        };
      });
    }
    const value = valueAt(frontmatter.data, issue.path);
    let message = issue.message;
    const written = frontmatter.source(issue.path);
    const misread =
      value instanceof Date ? 'a date' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'yes/no' : undefined;
    if (issue.code === 'invalid_type' && issue.expected === 'string' && written && misread) {
      // YAML reads `slug: 2022-01-01` as a date and `title: 1984` as a number.
      message = `found ${written}, which YAML reads as ${misread}, expected text; put it in quotes: ${String(issue.path.at(-1))}: "${written}"`;
    } else if (!/^(found|missing|image|")/.test(message))
      message = value === undefined ? `missing, ${message}` : `found ${shown(value)}, ${message}`;
    return [{ file: post.name, ...frontmatter.locate(issue.path), field: fieldName(issue.path) || '(frontmatter)', message }];
  });
}

/** The post whose images the schema checks; `checkPost` runs one post at a time. */
let current = { postFile: '', contentRoot: '' };
const schema = reviewSchema(checkedImage(() => current));

/**
 * Everything Marquee checks in one post's frontmatter, with the very schema the build
 * uses (images checked in place of being imported), plus the slug rules. The review
 * loader runs this on every post before Astro reads any of them, and `npm run check`
 * runs it too. Posts are checked one at a time (see `current`).
 */
export async function checkPost(post: PostFile): Promise<CheckedPost> {
  const frontmatter = readFrontmatter(post.source);
  const problems = frontmatterProblems(post, frontmatter);
  const dates = dateProblems(post, frontmatter);
  const data = dates.data;
  const draft = data.draft === true;
  if (problems.length) return { post, problems, frontmatter, data, draft };
  problems.push(...dates.problems);

  current = { postFile: post.file, contentRoot: post.contentRoot };
  const result = await schema.safeParseAsync(data);
  if (!result.success) problems.push(...issueProblems(result.error.issues, post, frontmatter));
  const pubDate = result.success ? (result.data as { pubDate?: Date }).pubDate : undefined;

  const written = typeof data.slug === 'string' ? data.slug.trim() : undefined;
  let slug: string | undefined;
  let slugAt: CheckedPost['slugAt'];
  if (written !== undefined) {
    slugAt = frontmatter.locate(['slug']);
    if (!problems.some((problem) => problem.field === 'slug')) slug = written.normalize('NFC');
  } else {
    slugAt = { line: 1, column: 1 };
    const folderSlug = slugFromEntryPath(post.entry);
    const bad = folderSlug.split('/').map(slugProblem).find(Boolean);
    if (bad)
      problems.push({
        file: post.name,
        line: 1,
        column: 1,
        field: 'folder name',
        message: `${bad}; rename the ${path.basename(post.entry).toLowerCase() === 'index.md' ? 'folder' : 'file'} or set "slug:"`,
      });
    else slug = folderSlug;
  }
  return { post, problems, slug, slugAt, frontmatter, data, draft, pubDate };
}

/** What YAML says is wrong, in an author's words (a tab, a key written twice…). */
function frontmatterProblems(post: PostFile, frontmatter: Frontmatter): Problem[] {
  // After a tab or a broken line the YAML reader often adds a duplicate key with no name.
  const errors = frontmatter.errors.filter(({ code, text }) => code !== 'DUPLICATE_KEY' || text !== '');
  return errors.map(({ line, column, code, text, message }): Problem => {
    const at = { file: post.name, line, column };
    switch (code) {
      case 'DUPLICATE_KEY':
        return { ...at, field: text, message: 'this key is written twice; keep one of the two' };
      case 'TAB_AS_INDENT':
        return { ...at, field: text || '(frontmatter)', message: 'indented with a tab; YAML indents with spaces only' };
      case 'UNCLOSED':
      case 'MIXED_FENCES':
      case 'TOML':
      case 'LINE_BREAK':
      case 'ALIAS_COUNT':
        return { ...at, field: '(frontmatter)', message };
      default: {
        const written = post.source.split('\n')[line - 1] ?? '';
        const leadingBracket = /^\s*(?:- )?[^:#[{]+:\s*[[{]/.test(written)
          ? '; a value that starts with [ or { is read as a list or group: put it in quotes'
          : '';
        return {
          ...at,
          field: '(frontmatter)',
          message: `the YAML could not be read (${message}); check the indentation and quotes${leadingBracket}`,
        };
      }
    }
  });
}

/** `2022-06-18T21:30` or `2022-06-18 21:30:00`: a date-time written without `Z` or an offset. */
const LOCAL_DATE_TIME = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Dates as written: YAML turns `2024-02-30` into 1 March without a word, and reads a
 * date-time without an offset as UTC. A day that does not exist is a problem; a date-time
 * without an offset goes to the schema as written, which reads it in the site's time zone.
 */
function dateProblems(post: PostFile, frontmatter: Frontmatter): { data: Record<string, unknown>; problems: Problem[] } {
  const data = structuredClone((frontmatter.data ?? {}) as Record<string, unknown>);
  const problems: Problem[] = [];
  for (const { path, text, value } of frontmatter.scalars()) {
    if (!(value instanceof Date)) continue;
    if (isRealCalendarDay(text) === false) {
      problems.push({ file: post.name, ...frontmatter.locate(path), field: fieldName(path), message: calendarProblem(text) });
    } else if (LOCAL_DATE_TIME.test(text.trim())) {
      setAt(data, path, text.trim());
    }
  }
  return { data, problems };
}

function setAt(data: Record<string, unknown>, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(data, path.slice(0, -1));
  if (parent && typeof parent === 'object') (parent as Record<PropertyKey, unknown>)[path[path.length - 1]!] = value;
}

import path from 'node:path';
import { reviewSchema } from '../../schemas/review';
import { slugFromEntryPath } from '../slugs';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import { calendarProblem, isLocalDateTime, isRealCalendarDay } from '../rules/calendar-date';
import { checkedImage } from './post-images';
import type { Problem } from '../rules/problem';
import { slugProblem } from '../rules/slug-rules';
import { fieldName, valueAt, zodProblems } from '../rules/zod-problems';

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
  slug?: string | undefined;
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
  pubDate?: Date | undefined;
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
  problems.push(...dates.problems, ...droppedMarkerProblems(post, frontmatter));

  problems.push(...castProblems(post, frontmatter, data));

  current = { postFile: post.file, contentRoot: post.contentRoot };
  const result = await schema.safeParseAsync(data);
  if (!result.success) {
    problems.push(
      ...zodProblems(result.error.issues, {
        file: post.name,
        input: frontmatter.data,
        schema,
        wholeInput: '(frontmatter)',
        locate: frontmatter.locate,
        written: frontmatter.source,
      }),
    );
  }
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
  const errors = frontmatter.errors.filter(
    ({ code, text }) => code !== 'DUPLICATE_KEY' || text !== '',
  );
  return errors.map(({ line, column, code, text, message }): Problem => {
    const at = { file: post.name, line, column };
    switch (code) {
      case 'DUPLICATE_KEY':
        return { ...at, field: text, message: 'this key is written twice; keep one of the two' };
      case 'TAB_AS_INDENT':
        return {
          ...at,
          field: text || '(frontmatter)',
          message: 'indented with a tab; YAML indents with spaces only',
        };
      case 'UNCLOSED':
      case 'UNCLOSED_QUOTE':
      case 'MIXED_FENCES':
      case 'TOML':
      case 'LINE_BREAK':
      case 'ALIAS_COUNT':
        return { ...at, field: '(frontmatter)', message };
      default: {
        const written = post.source.split('\n')[line - 1] ?? '';
        return {
          ...at,
          field: '(frontmatter)',
          message: `the YAML could not be read (${message}); check the indentation and quotes${quoteHint(written)}`,
        };
      }
    }
  });
}

/** What YAML makes of a value that starts with each of its indicator characters. */
const INDICATORS: Record<string, string> = {
  '[': 'a list or group',
  '{': 'a list or group',
  '>': 'a block of lines that starts on the next line',
  '|': 'a block of lines that starts on the next line',
  '*': 'an alias (a copy of a value marked &name)',
  '&': 'an anchor (a name for the value after it)',
  '!': 'a tag (a type for the value after it)',
  '%': 'a directive, which YAML reserves',
  '@': 'a character YAML reserves',
  '`': 'a character YAML reserves',
};

/** The hint for a line `key: value` whose value starts with a YAML indicator: quote it. */
function quoteHint(written: string): string {
  const first = /^\s*(?:- )?[^:#[{\s][^:#]*:[ \t]+([[{>|*&!%@`])/.exec(written)?.[1];
  if (!first) return '';
  if (first === '[' || first === '{')
    return '; a value that starts with [ or { is read as a list or group: put it in quotes';
  return `; a value that starts with ${first} is read as ${INDICATORS[first]}: put it in quotes`;
}

/**
 * A cast entry written as bloggers do, `호아킨 피닉스(테오도르)` or `Joaquin Phoenix
 * (Theodore)`: it would make a person of that whole name. An error, with the rewrite.
 */
function castProblems(
  post: PostFile,
  frontmatter: Frontmatter,
  data: Record<string, unknown>,
): Problem[] {
  const cast = (data.movie as { cast?: unknown } | undefined)?.cast;
  if (!Array.isArray(cast)) return [];
  return cast.flatMap((entry: unknown, index): Problem[] => {
    const parts = typeof entry === 'string' ? /^(.+?)\s*\(([^()]+)\)$/.exec(entry.trim()) : null;
    const name = parts?.[1]?.trim();
    const role = parts?.[2]?.trim();
    if (!name || !role) return [];
    const path = ['movie', 'cast', index];
    return [
      {
        file: post.name,
        ...frontmatter.locate(path),
        field: fieldName(path),
        message: `found "${String(entry)}", a name with a role in parentheses, which would make a person of that whole name; expected { name: ${name}, role: ${role} }`,
      },
    ];
  });
}

/**
 * Dates as written: YAML turns `2024-02-30` into 1 March without a word, and reads a
 * date-time without an offset as UTC. A day that does not exist is a problem; a date-time
 * without an offset goes to the schema as written, which reads it in the site's time zone.
 */
function dateProblems(
  post: PostFile,
  frontmatter: Frontmatter,
): { data: Record<string, unknown>; problems: Problem[] } {
  const data = structuredClone((frontmatter.data ?? {}) as Record<string, unknown>);
  const problems: Problem[] = [];
  for (const { path, text, value } of frontmatter.scalars()) {
    if (!(value instanceof Date)) continue;
    if (isRealCalendarDay(text) === false) {
      problems.push({
        file: post.name,
        ...frontmatter.locate(path),
        field: fieldName(path),
        message: calendarProblem(text),
      });
    } else if (isLocalDateTime(text)) {
      setAt(data, path, text.trim());
    }
  }
  return { data, problems };
}

/**
 * `title: &x 그녀` and `title: !x 그녀` read without a YAML error, but YAML takes `&x` for an
 * anchor's name and `!x` for a tag, and drops them from the value: the author meant text.
 */
function droppedMarkerProblems(post: PostFile, frontmatter: Frontmatter): Problem[] {
  return frontmatter.scalars().flatMap(({ path, text, anchor, tag }): Problem[] => {
    const marker = anchor !== undefined ? `&${anchor}` : tag;
    if (marker === undefined) return [];
    const kind = anchor !== undefined ? 'an anchor' : 'a tag';
    return [
      {
        file: post.name,
        ...frontmatter.locate(path),
        field: fieldName(path),
        message: `found ${marker} ${text}; a value that starts with ${marker[0]} is read as ${kind} and ${marker} is dropped from it: put it in quotes: "${marker} ${text}"`,
      },
    ];
  });
}

function setAt(data: Record<string, unknown>, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(data, path.slice(0, -1));
  const key = path.at(-1);
  if (key !== undefined && parent && typeof parent === 'object')
    (parent as Record<PropertyKey, unknown>)[key] = value;
}

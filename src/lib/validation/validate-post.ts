import path from 'node:path';
import type { z } from 'astro/zod';
import { reviewSchema } from '../../schemas/review';
import { slugFromEntryPath } from '../slugs';
import { didYouMean } from './did-you-mean';
import { readFrontmatter, type Frontmatter } from './frontmatter';
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
  draft: boolean;
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
    if (!/^(found|missing|image|")/.test(message))
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
  const problems: Problem[] = frontmatter.errors.map(({ line, column, code, text, message }) =>
    code === 'DUPLICATE_KEY'
      ? { file: post.name, line, column, field: text, message: 'this key is written twice; keep one of the two' }
      : {
          file: post.name,
          line,
          column,
          field: '(frontmatter)',
          message: `the YAML could not be read (${message}); check the indentation and quotes`,
        },
  );
  const data = frontmatter.data as Record<string, unknown>;
  const draft = data?.draft === true;
  if (problems.length) return { post, problems, frontmatter, draft };

  current = { postFile: post.file, contentRoot: post.contentRoot };
  const result = await schema.safeParseAsync(data);
  if (!result.success) problems.push(...issueProblems(result.error.issues, post, frontmatter));

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
  return { post, problems, slug, slugAt, frontmatter, draft };
}

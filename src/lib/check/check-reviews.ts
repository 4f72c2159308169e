import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filmDisagreements } from '../films/film-disagreements';
import { readDiary, type DiaryEntry } from '../diary/diary-file';
import { EMPTY_REGISTRY, readPeopleRegistry, type PeopleRegistry } from '../people/registry';
import type { Problem } from '../rules/problem';
import type { Language } from '../../i18n/languages';
import { duplicateNameNotes, vocabularyNotes } from './film-data-notes';
import { slugCollisionKey } from '../rules/slug-rules';
import { translationProblems } from './translations';
import { checkPost, type CheckedPost } from './validate-post';

/** Every entry under `folder`, as paths relative to it with `/`, in a stable order. */
function folderEntries(folder: string): { entry: string; link: boolean; file: boolean }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((dirent) => ({
      entry: path
        .relative(folder, path.join(dirent.parentPath, dirent.name))
        .split(path.sep)
        .join('/'),
      link: dirent.isSymbolicLink(),
      file: dirent.isFile(),
    }))
    .sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
}

/** Every post under `folder`: files named `*.md` exactly as the build's glob (`**\/*.md`) matches them. */
function reviewEntries(folder: string): string[] {
  return folderEntries(folder)
    .filter(({ entry, file }) => file && entry.endsWith('.md'))
    .map(({ entry }) => entry);
}

/**
 * What in the reviews folder the build would not use as written: a symbolic link (it could
 * bring in any file on the machine, or a module for the bundler to run) and a post whose
 * name ends in `.MD` or `.Md` (the build reads `.md` only, so it would silently be left out).
 */
function folderProblems(root: string, folder: string): Problem[] {
  const name = (entry: string) =>
    path.relative(root, path.join(folder, entry)).split(path.sep).join('/');
  return folderEntries(folder).flatMap(({ entry, link, file }): Problem[] => {
    if (link) {
      return [
        {
          file: name(entry),
          field: '(file)',
          message:
            "found a symbolic link; Marquee publishes only files that are really in the post's folder: copy the file here instead",
        },
      ];
    }
    if (file && /\.md$/i.test(entry) && !entry.endsWith('.md')) {
      return [
        {
          file: name(entry),
          field: '(file name)',
          message: `found "${path.posix.basename(entry)}"; the build reads posts named *.md (lower case): rename it`,
        },
      ];
    }
    return [];
  });
}

export interface CheckedReviews {
  posts: CheckedPost[];
  problems: Problem[];
  /** What is allowed but probably not meant: a genre outside the vocabulary, two reviews of one film that disagree. */
  warnings: string[];
  /** `content/people.yaml` (empty when there is none, or when it has problems). */
  people: PeopleRegistry;
  /** `content/diary.yaml` (empty when there is none, or when it has problems). */
  diary: DiaryEntry[];
}

/** The optional `people.yaml` beside the reviews, read and checked. */
function readPeople(
  contentRoot: string,
  name: (file: string) => string,
): { registry: PeopleRegistry; problems: Problem[] } {
  const file = path.join(contentRoot, 'people.yaml');
  if (!existsSync(file)) return { registry: EMPTY_REGISTRY, problems: [] };
  return readPeopleRegistry(readFileSync(file, 'utf8'), name(file));
}

/** The optional `diary.yaml` beside the reviews, read and checked against the posts' slugs. */
function readDiaryFile(
  contentRoot: string,
  name: (file: string) => string,
  posts: CheckedPost[],
): { entries: DiaryEntry[]; problems: ReturnType<typeof readDiary>['problems'] } {
  const file = path.join(contentRoot, 'diary.yaml');
  if (!existsSync(file)) return { entries: [], problems: [] };
  const slugs = new Set(posts.flatMap((post) => (post.slug === undefined ? [] : [post.slug])));
  return readDiary(readFileSync(file, 'utf8'), name(file), slugs);
}

/**
 * Checks every post under `reviewsFolder` (frontmatter, images, slugs) and the posts
 * against each other (and `people.yaml` and `diary.yaml`): two slugs that are equal, or equal but for letter case (one folder on
 * macOS and Windows), are an error naming both files. Used by the review loader before
 * Astro reads anything, and by `npm run check`.
 */
export async function checkReviews(options: {
  root: string;
  reviewsFolder: string;
  contentRoot: string;
  /** The site's language, for the names in suggestions (default Korean). */
  language?: Language | undefined;
}): Promise<CheckedReviews> {
  const name = (file: string) => path.relative(options.root, file).split(path.sep).join('/');
  const posts: CheckedPost[] = [];
  for (const entry of reviewEntries(options.reviewsFolder)) {
    const file = path.join(options.reviewsFolder, entry);
    posts.push(
      await checkPost({
        file,
        name: name(file),
        entry,
        source: readFileSync(file, 'utf8'),
        contentRoot: options.contentRoot,
      }),
    );
  }
  const people = readPeople(options.contentRoot, name);
  const diary = readDiaryFile(options.contentRoot, name, posts);
  const problems = [
    ...folderProblems(options.root, options.reviewsFolder),
    ...posts.flatMap((post) => post.problems),
    ...people.problems,
    ...diary.problems,
  ];
  const bySlug = new Map<string, CheckedPost>();
  for (const post of posts) {
    if (post.slug === undefined) continue;
    const key = slugCollisionKey(post.slug);
    const first = bySlug.get(key);
    if (!first) {
      bySlug.set(key, post);
      continue;
    }
    const same = first.slug === post.slug;
    problems.push({
      file: post.post.name,
      ...post.slugAt,
      field: post.slugAt?.line === 1 ? 'slug (folder name)' : 'slug',
      message: `found "${post.slug}", the same slug as ${first.post.name}${same ? '' : ` ("${first.slug}", which differs only in letter case)`}; expected a slug of its own: rename one folder or set a different "slug:"`,
    });
  }
  problems.push(...translationProblems(posts, options.language ?? 'ko'));
  const valid = posts.filter((post) => !post.problems.length);
  const warnings = [
    ...vocabularyNotes(valid, options.language ?? 'ko'),
    ...duplicateNameNotes(valid, people.registry),
    // Oldest first: a later review is the one that disagrees with what was already written.
    ...filmDisagreements(
      [...valid]
        .sort((a, b) => (a.pubDate?.getTime() ?? 0) - (b.pubDate?.getTime() ?? 0))
        .map(({ post, data, frontmatter }) => ({
          file: post.name,
          data,
          locate: frontmatter.locate,
        })),
    ),
  ];
  return { posts, problems, warnings, people: people.registry, diary: diary.entries };
}

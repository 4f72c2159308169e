import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem';
import { slugCollisionKey } from './slug-rules';
import { checkPost, type CheckedPost } from './validate-post';

/** Every `.md` file under `folder`, as paths relative to it with `/`, in a stable order. */
export function reviewEntries(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => entry.toLowerCase().endsWith('.md'))
    .sort();
}

export interface CheckedReviews {
  posts: CheckedPost[];
  problems: Problem[];
}

/**
 * Checks every post under `reviewsFolder` (frontmatter, images, slugs) and the posts
 * against each other: two slugs that are equal, or equal but for letter case (one folder on
 * macOS and Windows), are an error naming both files. Used by the review loader before
 * Astro reads anything, and by `npm run check`.
 */
export async function checkReviews(options: { root: string; reviewsFolder: string; contentRoot: string }): Promise<CheckedReviews> {
  const name = (file: string) => path.relative(options.root, file).split(path.sep).join('/');
  const posts: CheckedPost[] = [];
  for (const entry of reviewEntries(options.reviewsFolder)) {
    const file = path.join(options.reviewsFolder, entry);
    posts.push(await checkPost({ file, name: name(file), entry, source: readFileSync(file, 'utf8'), contentRoot: options.contentRoot }));
  }
  const problems = posts.flatMap((post) => post.problems);
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
  return { posts, problems };
}

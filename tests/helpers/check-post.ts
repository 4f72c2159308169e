import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPost, type CheckedPost } from '../../src/lib/check/validate-post';

/** The tests' own content folder (never the author's content/): it holds no images. */
const contentRoot = fileURLToPath(new URL('../fixtures/check-post/content/', import.meta.url));

/**
 * What `npm run check` (and the build) find in one post's text, as the checker runs it,
 * for a post at `content/reviews/<entry>` (in milliseconds, without a build).
 */
export function checkText(source: string, entry = 'her/index.md'): Promise<CheckedPost> {
  return checkPost({
    file: path.join(contentRoot, 'reviews', entry),
    name: `content/reviews/${entry}`,
    entry,
    source,
    contentRoot,
  });
}

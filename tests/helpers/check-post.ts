import path from 'node:path';
import { checkPost, type CheckedPost } from '../../src/lib/check/validate-post';

/** A content folder that does not exist: the posts checked here name no image files. */
const contentRoot = path.resolve('tests/.tmp/no-content');

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

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { knownReviews, linkedReviewSlug } from '../../lib/check/review-links';
import { isAllowedUrl, urlProblem } from '../../lib/rules/url-policy';
import { failAt } from '../fail';

/**
 * Links (`[text](url)`, `<url>` and link definitions) may only use `http:`, `https:`,
 * `mailto:`, relative paths and `#fragments`; a `javascript:` link stops the build at its
 * line. A link to another review (`../her/`) must name a review that exists, when the
 * reviews are known (the loader and `npm run check` record them).
 */
export function remarkLinks() {
  return (tree: Root, file: VFile) => {
    const reviews = knownReviews();
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
      const written =
        node.type === 'definition'
          ? `[${node.label ?? node.identifier}]`
          : node.type === 'image'
            ? `![${node.alt ?? ''}](…)`
            : 'link';
      if (!isAllowedUrl(node.url)) {
        failAt(file, node, written, urlProblem(node.url));
        return;
      }
      const slug = node.type === 'image' ? undefined : linkedReviewSlug(node.url);
      if (reviews && slug !== undefined && !reviews.has(slug)) {
        failAt(
          file,
          node,
          written,
          `found a link to the review "${slug}" (${node.url}), but no review has that slug; expected the folder name (or slug:) of an existing review`,
        );
      }
    });
  };
}

import { buildState } from '../build-state';
import { checkedPostRefs, type ReviewRef } from './check-lists';
import type { CheckedPost } from './validate-post';

/**
 * The reviews' slugs and films as the review loader's check read them, handed to the list
 * loader: Astro loads both collections at once, in either order, and the list loader
 * would otherwise read every post's frontmatter again. Shared build state, per reviews
 * folder: whichever loader comes first opens it, the review loader settles it.
 */
const current = buildState<{
  folder?: string;
  refs?: Promise<ReviewRef[] | undefined>;
  settle?: ((refs: ReviewRef[] | undefined) => void) | undefined;
}>('review-refs', () => ({}));

/** The refs of `folder` that the running or next check settles (opened if none is pending). */
function opened(folder: string): {
  refs: Promise<ReviewRef[] | undefined>;
  settle: (refs: ReviewRef[] | undefined) => void;
} {
  if (current.folder !== folder || !current.settle || !current.refs) {
    let settle: (refs: ReviewRef[] | undefined) => void = () => undefined;
    current.folder = folder;
    current.refs = new Promise((resolve) => (settle = resolve));
    current.settle = (refs) => {
      current.settle = undefined;
      settle(refs);
    };
  }
  return { refs: current.refs, settle: current.settle };
}

/**
 * Called by the review loader as it starts checking `folder`; the function it returns
 * settles the refs with the checked posts, or with nothing when the check could not run
 * (the list loader then reads the posts itself).
 */
export function startReviewRefs(folder: string): (posts: CheckedPost[] | undefined) => void {
  const { settle } = opened(folder);
  return (posts) => settle(posts && checkedPostRefs(posts));
}

/**
 * The refs of `folder` from the review loader's check: the running check's, the next
 * one's, or the last one's (under `astro dev`, when only a list changed). Only the list
 * loader calls this, beside a review loader of the same folder (`content.config.ts`).
 */
export function checkedReviewRefs(folder: string): Promise<ReviewRef[] | undefined> {
  return current.folder === folder && current.refs ? current.refs : opened(folder).refs;
}

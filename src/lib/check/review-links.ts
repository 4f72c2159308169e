import { buildState } from '../build-state';

/**
 * The slugs of all reviews, shared between the review loader (which knows them before any
 * Markdown is rendered) and the Markdown link check (`remark-links.ts`), which runs in
 * another module instance (Astro loads the config and the content layer separately).
 */
const known = buildState<{ slugs?: Set<string> | undefined }>('known-reviews', () => ({}));

/** Records (or, with `undefined`, forgets) the slugs of every review (NFC), for the link check. */
export function setKnownReviews(slugs: Iterable<string> | undefined): void {
  known.slugs = slugs && new Set([...slugs].map((slug) => slug.normalize('NFC')));
}

/** The recorded slugs, or `undefined` when no loader or check has run (plugin tests). */
export function knownReviews(): ReadonlySet<string> | undefined {
  return known.slugs;
}

/**
 * The review slug a Markdown link points at, when it points at a review: `../her/`,
 * `../her/#후기`, `../../reviews/her/`. Links elsewhere give `undefined`.
 */
export function linkedReviewSlug(url: string): string | undefined {
  const match = /^(?:\.\.\/)+(?:reviews\/)?([^/?#]+)\/(?:[?#].*)?$/.exec(url);
  if (!match?.[1] || url.startsWith('../../') !== url.includes('reviews/')) return undefined;
  try {
    return decodeURIComponent(match[1]).normalize('NFC');
  } catch {
    return match[1];
  }
}

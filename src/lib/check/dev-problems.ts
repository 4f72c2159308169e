import { buildState } from '../build-state';
import { MarqueeError, type ErrorLocation } from '../errors';

/**
 * Content problems found by the review loader under `astro dev`. There, a thrown loader
 * error would stop the dev server (or surface as an unlabelled unhandled rejection), so
 * the loader records them here instead and every page throws them when it renders: the
 * error overlay and the terminal name the post's file and line, on every reload, until
 * the post is fixed (the loader runs again on each save). Build-wide state, because the
 * loader and the pages run in different module instances.
 */
const recorded = buildState<{
  problems?: { message: string; loc?: ErrorLocation | undefined } | undefined;
}>('dev-content-problems', () => ({}));

/** Records (or, with `undefined`, clears) the problems of the last content sync. */
export function setDevProblems(
  problems: { message: string; loc?: ErrorLocation | undefined } | undefined,
): void {
  recorded.problems = problems;
}

/** Throws the recorded problems, if any. */
export function throwDevProblems(): void {
  const { problems } = recorded;
  if (problems) throw new MarqueeError(problems.message, problems.loc);
}

/** The recorded problems, if any. */
export function devProblems(): { message: string; loc?: ErrorLocation | undefined } | undefined {
  return recorded.problems;
}

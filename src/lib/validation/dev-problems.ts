import { MarqueeError, type ErrorLocation } from '../errors';

/**
 * Content problems found by the review loader under `astro dev`. There, a thrown loader
 * error would stop the dev server (or surface as an unlabelled unhandled rejection), so
 * the loader records them here instead and every page throws them when it renders: the
 * error overlay and the terminal name the post's file and line, on every reload, until
 * the post is fixed (the loader runs again on each save). Shared through a registered
 * symbol because the loader and the pages run in different module instances.
 */
const KEY = Symbol.for('marquee.dev-content-problems');
type Holder = { [KEY]?: { message: string; loc?: ErrorLocation } };

/** Records (or, with `undefined`, clears) the problems of the last content sync. */
export function setDevProblems(problems: { message: string; loc?: ErrorLocation } | undefined): void {
  (globalThis as Holder)[KEY] = problems;
}

/** Throws the recorded problems, if any. */
export function throwDevProblems(): void {
  const problems = (globalThis as Holder)[KEY];
  if (problems) throw new MarqueeError(problems.message, problems.loc);
}

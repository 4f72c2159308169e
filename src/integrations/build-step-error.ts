import path from 'node:path';
import { MarqueeError } from '../lib/errors';
import { TAXONOMIES } from '../lib/taxonomies/taxonomies';

/**
 * What a built file belongs to, in an author's words: `the page of review "her"`
 * (`reviews/her/index.html`), `the preview card of review "her"`
 * (`og/reviews/her.1a2b3c4d5e6f.png`), `the genres page "드라마"`; `undefined` for files no
 * post or term owns (`_astro/…`, the home page).
 */
export function ownerOf(file: string): string | undefined {
  const parts = file.split(/[\\/]/).filter(Boolean).map(decodedSegment);
  if (parts[0] === 'reviews' && parts.length > 1) {
    // `reviews/her/index.html`, or the review's folder itself (`reviews/foo.json`).
    return `the page of review "${parts.slice(1, parts.at(-1) === 'index.html' ? -1 : undefined).join('/')}"`;
  }
  if (parts[0] === 'og' && parts[1] === 'reviews' && parts.length > 2) {
    return `the preview card of review "${parts
      .slice(2)
      .join('/')
      .replace(/\.[0-9a-f]{12}\.png$/, '')}"`;
  }
  if ((TAXONOMIES as readonly string[]).includes(parts[0] ?? '') && parts.length > 2)
    return `the ${parts[0]} page "${parts[1]}"`;
  return undefined;
}

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The file a Node.js file system error is about (`EACCES: permission denied, open '/…/x'`). */
function errorPath(error: unknown): string | undefined {
  const { path: at } = (error ?? {}) as { path?: unknown };
  return typeof at === 'string' ? at : undefined;
}

/**
 * The error an integration's `astro:build:done` throws when `step` fails: one message
 * naming the step, the built file and the post it belongs to (when one does), and what
 * went wrong, instead of a stack trace. `file` is the built file being handled (under
 * `dist`), when the step knows it; otherwise the path in a file system error is used.
 */
export function buildStepError(
  step: string,
  dist: string,
  error: unknown,
  file?: string,
): MarqueeError {
  if (error instanceof MarqueeError) return Object.assign(error, { stack: '' });
  const at = file ?? errorPath(error);
  const relative =
    at === undefined ? undefined : path.isAbsolute(at) ? path.relative(dist, at) : at;
  const inside = relative !== undefined && !relative.startsWith('..') && !path.isAbsolute(relative);
  const owner = inside ? ownerOf(relative) : undefined;
  const what = error instanceof Error ? error.message : String(error);
  const where = inside
    ? ` at ${relative.split(path.sep).join('/')}${owner ? ` (${owner})` : ''}`
    : '';
  const stepError = new MarqueeError(`${step} failed${where}: ${what}`);
  // The message says it all: Astro prints a stack trace (and a Marquee source file as the
  // error's location) only for an error that has one.
  stepError.stack = '';
  return stepError;
}

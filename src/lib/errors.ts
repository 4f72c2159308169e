import type { ZodError, ZodIssue } from 'astro/zod';

/** The path of a zod issue as authors write it: `movie.cast[2].name`. */
export function issuePath(issue: ZodIssue): string {
  return issue.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key),
    '',
  );
}

/**
 * One friendly message for every zod failure Marquee reports:
 * where (file), which field, and what was wrong, one line per problem.
 */
export function formatZodError(error: ZodError, file: string): string {
  const lines = error.issues.map((issue) => `  - ${issuePath(issue) || '(top level)'}: ${issue.message}`);
  return `${file} is not valid:\n${lines.join('\n')}`;
}

/** An error for authors: no stack trace noise, the message says it all. */
export class MarqueeError extends Error {
  override name = 'MarqueeError';
}

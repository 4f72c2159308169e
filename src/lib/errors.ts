import type { z } from 'astro/zod';

type ZodError = z.ZodError;
type ZodIssue = z.core.$ZodIssue;

/** The path of a zod issue as authors write it: `movie.cast[2].name`. */
export function issuePath(issue: ZodIssue): string {
  return issue.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
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

/** Where a problem is: Astro prints this instead of the code location that threw. */
export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
}

/** An error for authors: the message says it all, `loc` points at their file. */
export class MarqueeError extends Error {
  override name = 'MarqueeError';
  loc?: ErrorLocation;

  constructor(message: string, loc?: ErrorLocation) {
    super(message);
    this.loc = loc;
  }
}

/**
 * The 1-based line of a frontmatter field such as `movie.runtime` in a Markdown file,
 * found by walking the YAML keys in order; `undefined` when the key is not written.
 */
export function yamlLine(source: string, field: string): number | undefined {
  const keys = field.split('.').map((key) => key.replace(/\[\d+\]$/, '')).filter((key) => key && !/^\d+$/.test(key));
  const lines = source.split(/\r?\n/);
  let from = 0;
  let found: number | undefined;
  for (const key of keys) {
    const pattern = new RegExp(`^\\s*(?:- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const index = lines.findIndex((line, number) => number >= from && pattern.test(line));
    if (index < 0) break;
    found = index + 1;
    from = index + 1;
  }
  return found;
}

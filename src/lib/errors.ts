import type { z } from 'astro/zod';
import { formatProblems } from './validation/problem';

type ZodError = z.ZodError;
type ZodIssue = z.core.$ZodIssue;

/** The path of a zod issue as authors write it: `movie.cast[2].name`. */
export function issuePath(issue: ZodIssue): string {
  return issue.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
    '',
  );
}

/** A value as an author would recognise it in a message. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'a group of keys';
  return String(value);
}

/**
 * One friendly message for every zod failure in a file without lines (the site settings),
 * in Marquee's one format (`src/lib/validation/problem.ts`): `file field: found …, expected …`,
 * one line per problem. `input` is what was validated, to quote what was found.
 */
export function formatZodError(error: ZodError, file: string, input?: unknown): string {
  return formatProblems(
    error.issues.map((issue) => {
      const value = issue.path.reduce<unknown>(
        (current, key) => (current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined),
        input,
      );
      const message =
        /^(found|missing|")/.test(issue.message) || value === undefined ? issue.message : `found ${shown(value)}, ${issue.message}`;
      return { file, field: issuePath(issue) || '(top level)', message };
    }),
  );
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
  const keys = field
    .split('.')
    .map((key) => key.replace(/\[\d+\]$/, ''))
    .filter((key) => key && !/^\d+$/.test(key));
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

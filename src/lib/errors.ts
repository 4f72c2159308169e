import type { z } from 'astro/zod';
import { formatProblems } from './rules/problem';
import { zodProblems } from './rules/zod-problems';

/**
 * One friendly message for every zod failure in a file without lines (the site settings),
 * in Marquee's one format (`src/lib/rules/problem.ts`): `file field: found …, expected …`,
 * one line per problem. `input` is what `schema` validated, to quote what was found.
 */
export function formatZodError(
  error: z.ZodError,
  file: string,
  input: unknown,
  schema: z.core.$ZodType,
): string {
  return formatProblems(
    zodProblems(error.issues, { file, input, schema, wholeInput: '(top level)' }),
  );
}

/** Where a problem is: Astro prints this instead of the code location that threw. */
export interface ErrorLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** An error for authors: the message says it all, `loc` points at their file. */
export class MarqueeError extends Error {
  override name = 'MarqueeError';
  loc?: ErrorLocation | undefined;

  constructor(message: string, loc?: ErrorLocation) {
    super(message);
    this.loc = loc;
    // No stack trace under the message: it names the author's file and line, and a trace
    // into Marquee's code would only bury it (Astro prints a trace when there is one).
    this.stack = '';
  }
}

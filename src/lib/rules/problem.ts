/**
 * Marquee's one error format, for every mistake an author can make (frontmatter, body,
 * images, slugs, settings), in the build and in `npm run check`:
 *
 *     content/reviews/her/index.md:8:3 rating: found "4.5" (text), expected a number; remove the quotes
 *
 * `file:line:column` points at the key or Markdown node that is wrong (editors and
 * terminals make it a link), then the field or what was written, then what is wrong.
 */
export interface Problem {
  /** The author's file, relative to the project (`content/reviews/her/index.md`). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
  /** 1-based column, when known. */
  column?: number | undefined;
  /** The field (`movie.cast[2].photo`) or what was written (`::trailr`, `![x](./a.svg)`). */
  field: string;
  /** What is wrong and what was expected, in plain words. */
  message: string;
}

/** `file:line:column field: message`, on one line. */
export function formatProblem({ file, line, column, field, message }: Problem): string {
  const where = line ? `${file}:${line}:${column ?? 1}` : file;
  return `${where} ${field}: ${message.replace(/\s*\n\s*/g, ' ')}`;
}

/** Problems in file order, then line order: how the build and `npm run check` list them. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Every problem, one a line, with no duplicates. */
export function formatProblems(problems: Problem[]): string {
  return [...new Set(sortProblems(problems).map(formatProblem))].join('\n');
}

/** "1 problem", "3 problems". */
export function problemCount(count: number): string {
  return `${count} problem${count === 1 ? '' : 's'}`;
}

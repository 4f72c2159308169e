import type { z } from 'astro/zod';
import { didYouMean } from './did-you-mean';
import type { Problem } from './problem';
import { schemaKeysAt } from './schema-keys';

/** Where the validated input came from, so that each problem points into it. */
export interface IssueSource {
  /** The author's file, as messages show it. */
  file: string;
  /** What was validated, to quote what was found. */
  input: unknown;
  /** The schema that ran, whose keys "did you mean" suggests for an unknown key. */
  schema: z.core.$ZodType;
  /** The field shown for a problem with the whole input (`(frontmatter)`, `(top level)`). */
  wholeInput: string;
  /** Line and column of the key at `path`, for a file with lines (a post's frontmatter). */
  locate?(path: readonly PropertyKey[]): { line: number; column: number };
  /** The value at `path` exactly as written, to tell what YAML misread (`title: 1984`). */
  written?(path: readonly PropertyKey[]): string | undefined;
}

/** The value at `path` in `data`, if any. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** A value as an author would recognise it in a message. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (value instanceof Date)
    return `the date ${value.toISOString().replace(/T00:00:00\.000Z$/, '')}`;
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'a group of keys';
  return String(value);
}

/** The field as authors write it: `movie.cast[2].name`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) =>
      typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    '',
  );
}

/**
 * Zod's issues as Marquee's problems, the one converter for every validated input (a
 * post's frontmatter, the site settings): each names the field (and its line, when the
 * input has lines) and says what was found and what was expected.
 */
export function zodProblems(issues: readonly z.core.$ZodIssue[], from: IssueSource): Problem[] {
  const at = (path: readonly PropertyKey[]) => ({ file: from.file, ...from.locate?.(path) });
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = schemaKeysAt(from.schema, issue.path);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        const hint = guess
          ? `did you mean "${guess}"?`
          : 'check the spelling against the keys in content/AUTHORING.md';
        return {
          ...at([...issue.path, key]),
          field: fieldName([...issue.path, key]),
          message: `unknown key; ${hint}`,
        };
      });
    }
    // A person or cast member written as a plain name is checked as `{ name }`: name the item.
    const parent = issue.path.slice(0, -1);
    const path =
      issue.path.at(-1) === 'name' && typeof valueAt(from.input, parent) === 'string'
        ? parent
        : issue.path;
    const value = valueAt(from.input, path);
    let message = issue.message;
    const written = from.written?.(path);
    const misread =
      value instanceof Date
        ? 'a date'
        : typeof value === 'number'
          ? 'a number'
          : typeof value === 'boolean'
            ? 'yes/no'
            : undefined;
    if (issue.code === 'invalid_type' && issue.expected === 'string' && written && misread) {
      // YAML reads `slug: 2022-01-01` as a date and `title: 1984` as a number.
      message = `found ${written}, which YAML reads as ${misread}, expected text; put it in quotes: ${String(path.at(-1))}: "${written}"`;
    } else if (!/^(found|missing|image|")/.test(message))
      message = value === undefined ? `missing, ${message}` : `found ${shown(value)}, ${message}`;
    return [{ ...at(path), field: fieldName(path) || from.wholeInput, message }];
  });
}

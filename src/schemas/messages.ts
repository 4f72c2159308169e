import { z } from 'astro/zod';

/** A value as an author would recognise it in a message. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') return 'a group of keys';
  return String(value);
}

/** What each type is called in messages, with a hint where a common slip explains it. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list such as [a, b] or lines starting with "- "',
  object: 'keys indented below it',
  date: 'a date such as 2022-06-18',
};

/**
 * Plain-words messages for the zod failures that schemas do not word themselves. Zod 4's
 * own wording (`Invalid input: expected number, received string`) is written for
 * programmers; authors read these: what was found, what was expected, and a hint.
 * Importing this module installs them for every schema.
 */
z.config({
  customError(issue) {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling against the keys in content/AUTHORING.md`;
    }
    if (issue.code === 'invalid_type') {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `missing, expected ${expected}; this key is required`;
      if (issue.input === null) return `found nothing after the colon, expected ${expected}`;
      if (
        issue.expected === 'number' &&
        typeof issue.input === 'string' &&
        issue.input.trim() !== '' &&
        !Number.isNaN(Number(issue.input))
      ) {
        return `found ${shown(issue.input)}, which is text, expected a number; remove the quotes`;
      }
      if (
        issue.expected === 'boolean' &&
        typeof issue.input === 'string' &&
        /^(true|false)$/i.test(issue.input.trim())
      ) {
        return `found ${shown(issue.input)}, which is text, expected true or false; remove the quotes`;
      }
      if (
        issue.expected === 'string' &&
        (typeof issue.input === 'number' || typeof issue.input === 'boolean')
      ) {
        return `found ${shown(issue.input)}, expected text; put it in quotes ("${String(issue.input)}")`;
      }
      return `found ${shown(issue.input)}, expected ${expected}`;
    }
    return undefined;
  },
});

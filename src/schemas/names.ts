import { z } from 'astro/zod';
import './messages';
import { termNameProblem } from '../lib/rules/slug-rules';

/**
 * A term's name (category, tag, genre, country, person): a non-empty, trimmed line whose
 * URL segment fits on every file system (`termNameProblem`).
 */
export const TermNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((name, ctx) => {
    const problem = termNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A list of term names; duplicates removed, order kept. */
export const TermNamesSchema = z.array(TermNameSchema).transform((items) => [...new Set(items)]);

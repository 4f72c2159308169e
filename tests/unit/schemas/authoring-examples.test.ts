import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { ImageHelper } from '../../../src/schemas/fields';
import { reviewSchema } from '../../../src/schemas/review';
import { repoRoot } from '../../helpers/build-site';

/** Stands in for Astro's image(): the examples' image files are not in the repository. */
const image = (() =>
  z.string().transform((file) => ({
    src: file,
    width: 600,
    height: 900,
    format: 'jpg',
  }))) as unknown as ImageHelper;

const guide = readFileSync(path.join(repoRoot, 'content', 'AUTHORING.md'), 'utf8');
const examples = [...guide.matchAll(/```(?:yaml|markdown)\n---\n([\s\S]*?)\n---\n/g)].map(
  (match) => parse(match[1]!) as Record<string, unknown>,
);

describe('the example posts in content/AUTHORING.md are valid posts', () => {
  test('there is a Korean one and an English one', () => {
    expect(examples.map((example) => (example.movie as { title: string }).title)).toEqual([
      '그녀',
      'Halloween',
    ]);
  });

  test.each(examples.map((example) => [example.title, example] as const))(
    '%s',
    (_title, example) => {
      const result = reviewSchema(image).safeParse(example);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );
});

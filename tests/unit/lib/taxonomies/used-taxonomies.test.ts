import { expect, test } from 'vitest';
import type { ReviewTerms, Term } from '../../../../src/lib/taxonomies/taxonomies';
import { usedTaxonomies } from '../../../../src/lib/taxonomies/used-taxonomies';

const term = (name: string): Term => ({ name, slug: name.toLowerCase() });
const review = (terms: Partial<ReviewTerms['terms']>): ReviewTerms => ({
  terms: { genres: [], people: [], countries: [], years: [], categories: [], tags: [], ...terms },
  credits: { directors: [], writers: [], cast: [] },
});

test('menus show only the taxonomies some review has a term of', () => {
  expect(usedTaxonomies([])).toEqual(new Set());
  const used = usedTaxonomies([
    review({ categories: [term('Reviews')], years: [term('2013')] }),
    review({ people: [term('Spike Jonze')] }),
  ]);
  expect([...used].sort()).toEqual(['categories', 'people', 'years']);
  expect(used.has('genres')).toBe(false);
});

import { describe, expect, test } from 'vitest';
import { translationProblems } from '../../../../src/lib/check/translations';
import { formatProblem } from '../../../../src/lib/rules/problem';
import { checkText } from '../../../helpers/check-post';

/** A post's text: the keys given, then a film. */
const post = (keys: string) =>
  `---\ntitle: A review\npubDate: 2022-06-18\n${keys}movie:\n  title: 그녀\n---\nText.\n`;

/** What the check says about these posts (`entry` → frontmatter keys) taken together, on a Korean site. */
async function problems(posts: Record<string, string>, language: 'ko' | 'en' = 'ko') {
  const checked = await Promise.all(
    Object.entries(posts).map(([slug, keys]) => checkText(post(keys), `${slug}/index.md`)),
  );
  for (const one of checked) expect(one.problems).toEqual([]);
  return translationProblems(checked, language).map(formatProblem);
}

describe('translationOf', () => {
  test('a translation of an existing original into the other language is fine, as is one per language', async () => {
    expect(await problems({ her: '', 'her-en': 'lang: en\ntranslationOf: her\n' })).toEqual([]);
    // An English original on a Korean site, translated into Korean.
    expect(
      await problems({ 'her-en': 'lang: en\n', her: 'lang: ko\ntranslationOf: her-en\n' }),
    ).toEqual([]);
  });

  test('an original no review has', async () => {
    expect(await problems({ 'her-en': 'lang: en\ntranslationOf: hre\n' })).toEqual([
      'content/reviews/her-en/index.md:5:1 translationOf: found "hre", but no review has that slug; expected the slug of the original review (its folder name or "slug:")',
    ]);
  });

  test('a translation without lang, or in the language of its original', async () => {
    expect(await problems({ her: '', 'her-en': 'translationOf: her\n' })).toEqual([
      'content/reviews/her-en/index.md:4:1 translationOf: found a translation of "her" without "lang"; expected lang: en, the language of this translation (the original is in ko)',
    ]);
    expect(await problems({ her: '', 'her-ko': 'lang: ko\ntranslationOf: her\n' })).toEqual([
      'content/reviews/her-ko/index.md:4:1 lang: found "ko", the language of the original "her" (content/reviews/her/index.md); expected the language of this translation, en',
    ]);
    // On an English site the original without lang is in English.
    expect(await problems({ her: '', 'her-en': 'lang: en\ntranslationOf: her\n' }, 'en')).toEqual([
      'content/reviews/her-en/index.md:4:1 lang: found "en", the language of the original "her" (content/reviews/her/index.md); expected the language of this translation, ko',
    ]);
  });

  test('two translations of one original into one language', async () => {
    expect(
      await problems({
        her: '',
        'her-en': 'lang: en\ntranslationOf: her\n',
        'her-english': 'lang: en\ntranslationOf: her\n',
      }),
    ).toEqual([
      'content/reviews/her-english/index.md:5:1 translationOf: found "her", which content/reviews/her-en/index.md already translates into en; expected one translation of a review per language: remove one, or name another original',
    ]);
  });

  test('a translation of a translation, and of itself', async () => {
    expect(
      await problems({
        her: '',
        'her-en': 'lang: en\ntranslationOf: her\n',
        'her-ko': 'lang: ko\ntranslationOf: her-en\n',
      }),
    ).toEqual([
      'content/reviews/her-ko/index.md:5:1 translationOf: found "her-en", which is itself a translation (of "her"); expected the slug of the original review, "her"',
    ]);
    expect(await problems({ her: 'lang: en\ntranslationOf: her\n' })).toEqual([
      'content/reviews/her/index.md:5:1 translationOf: found "her", the slug of this post itself; expected the slug of the original review',
    ]);
  });

  test('an empty translationOf is a schema error at its line', async () => {
    const checked = await checkText(post('lang: en\ntranslationOf: ""\n'), 'her-en/index.md');
    expect(checked.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/reviews\/her-en\/index\.md:5:1 translationOf: /),
    ]);
  });
});

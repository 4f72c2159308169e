import type { Language } from '../../i18n/languages';
import type { Problem } from '../rules/problem';
import type { CheckedPost } from './validate-post';

/**
 * What is wrong with the posts' `translationOf` keys, taken together: a translation names
 * an original that exists, is not itself a translation, is in another language than its
 * original, and is the only translation of that original into its language. Each problem
 * is reported at the translation's own `translationOf` (or `lang`) line.
 */
export function translationProblems(posts: CheckedPost[], siteLanguage: Language): Problem[] {
  const bySlug = new Map(
    posts.flatMap((post) => (post.slug === undefined ? [] : [[post.slug, post] as const])),
  );
  const langOf = (post: CheckedPost) => (post.data.lang as Language | undefined) ?? siteLanguage;
  const translatedInto = new Map<string, CheckedPost>();
  const problems: Problem[] = [];
  for (const post of posts) {
    const written = post.data.translationOf;
    if (post.problems.length || typeof written !== 'string') continue;
    const slug = written.trim().normalize('NFC');
    const at = (key: string) => ({
      file: post.post.name,
      ...post.frontmatter.locate([key]),
      field: key,
    });
    const original = bySlug.get(slug);
    if (!original) {
      problems.push({
        ...at('translationOf'),
        message: `found "${slug}", but no review has that slug; expected the slug of the original review (its folder name or "slug:")`,
      });
      continue;
    }
    if (original === post) {
      problems.push({
        ...at('translationOf'),
        message: `found "${slug}", the slug of this post itself; expected the slug of the original review`,
      });
      continue;
    }
    const firstOriginal = original.data.translationOf;
    if (typeof firstOriginal === 'string') {
      problems.push({
        ...at('translationOf'),
        message: `found "${slug}", which is itself a translation (of "${firstOriginal.trim()}"); expected the slug of the original review, "${firstOriginal.trim()}"`,
      });
      continue;
    }
    const lang = langOf(post);
    const originalLang = langOf(original);
    if (post.data.lang === undefined || lang === originalLang) {
      const other = originalLang === 'ko' ? 'en' : 'ko';
      problems.push(
        post.data.lang === undefined
          ? {
              ...at('translationOf'),
              message: `found a translation of "${slug}" without "lang"; expected lang: ${other}, the language of this translation (the original is in ${originalLang})`,
            }
          : {
              ...at('lang'),
              message: `found "${lang}", the language of the original "${slug}" (${original.post.name}); expected the language of this translation, ${other}`,
            },
      );
      continue;
    }
    const key = `${slug}\n${lang}`;
    const first = translatedInto.get(key);
    if (first) {
      problems.push({
        ...at('translationOf'),
        message: `found "${slug}", which ${first.post.name} already translates into ${lang}; expected one translation of a review per language: remove one, or name another original`,
      });
      continue;
    }
    translatedInto.set(key, post);
  }
  return problems;
}

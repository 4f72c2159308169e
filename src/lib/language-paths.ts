import type { Language } from '../i18n/languages';
import { site } from './site';
import { encodeSegment, reviewPath, withBase } from './urls';

/**
 * Where the pages of each language live. The site's language owns the root (`/`,
 * `/reviews/<slug>/`); the other language lives under its prefix (`/en/` on a Korean site,
 * `/ko/` on an English one): its home, its feed, its search and its translations.
 */

/** The language that is not the site's. */
export function otherLanguage(): Language {
  return site.language === 'ko' ? 'en' : 'ko';
}

/** A path among a language's pages: `languagePath('en', 'rss.xml')` → `/en/rss.xml` on a Korean site. */
export function languagePath(lang: Language, path = ''): string {
  return withBase(`${lang === site.language ? '' : `${lang}/`}${path}`);
}

/** A language's home and its later pages: `/en/`, `/en/page/2/`. */
export function languageHomePath(lang: Language, page = 1): string {
  return languagePath(lang, page > 1 ? `page/${page}/` : '');
}

/**
 * A review's page: `/reviews/<slug>/`, or `/en/reviews/<slug>/` for a translation into the
 * other language. A review merely written in another language (`lang: en` without
 * `translationOf`) keeps its address under the site's language.
 */
export function reviewPagePath(review: {
  slug: string;
  lang: Language;
  data: { translationOf?: string | undefined };
}): string {
  if (!review.data.translationOf || review.lang === site.language) return reviewPath(review.slug);
  return languagePath(
    review.lang,
    `reviews/${review.slug.split('/').map(encodeSegment).join('/')}/`,
  );
}

/**
 * The interface language of a review's page: a translation's own language (its page
 * belongs to that language's pages), the site's language for every other review.
 */
export function pageLanguage(review: {
  lang: Language;
  data: { translationOf?: string | undefined };
}): Language {
  return review.data.translationOf ? review.lang : site.language;
}

/** Each language named in itself, for the link to a page in that language. */
export const LANGUAGE_NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };

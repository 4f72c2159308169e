import type { Alternate } from '../page-meta/alternates';
import { languageHomePath, otherLanguage, reviewPagePath } from '../language-paths';
import { paginate } from '../pagination';
import { reviewCard, type ShareCard } from '../share-cards/cards';
import { site } from '../site';
import { absoluteUrl } from '../urls';
import { byNewest, getReviews, getTranslations, type Review } from './reviews';

/**
 * The alternates of a review that exists in both languages: each language's page, and
 * `x-default` for the original's. A review without a translation has none (no page
 * names a language it does not exist in).
 */
export function reviewAlternates(review: Review): Alternate[] {
  const other = review.otherLanguage;
  if (!other) return [];
  const original = review.data.translationOf ? other : review;
  const pages = [review, other].map((page) => ({
    hreflang: page.lang,
    href: absoluteUrl(reviewPagePath(page)),
  }));
  pages.sort((a, b) => a.hreflang.localeCompare(b.hreflang));
  return [...pages, { hreflang: 'x-default', href: absoluteUrl(reviewPagePath(original)) }];
}

/** A translation's preview card: its own title and film line, the labels in its language. */
export function translationCard(review: Review): ShareCard {
  return reviewCard(review, { title: site.title, language: review.lang });
}

/**
 * The reviews the other language's pages list (`/en/`, `/en/rss.xml`), newest first: the
 * translations into it and the reviews written in it. Those pages exist once a review is
 * translated into that language; without a translation this is empty and none is built
 * (a review merely written in English stays one of the site's own).
 */
export async function otherLanguageReviews(): Promise<Review[]> {
  const lang = otherLanguage();
  const translations = (await getTranslations()).filter((review) => review.lang === lang);
  if (!translations.length) return [];
  const written = (await getReviews()).filter((review) => review.lang === lang);
  return [...translations, ...written].sort(byNewest);
}

/**
 * The `getStaticPaths` of the other language's single pages (`/en/search/`, `/en/rss.xml`,
 * `/en/feed.json`): one, under its prefix, once it has reviews; none before.
 */
export async function otherLanguagePagePaths(): Promise<{ params: { lang: string } }[]> {
  return (await otherLanguageReviews()).length ? [{ params: { lang: otherLanguage() } }] : [];
}

/** The other language's home pages (`/en/`, `/en/page/2/`), `reviewsPerPage` each; none without reviews in it. */
export async function otherLanguageHomePages() {
  const reviews = await otherLanguageReviews();
  if (!reviews.length) return [];
  const pages = paginate(reviews, site.reviewsPerPage);
  return pages.map((list, index) => ({
    lang: otherLanguage(),
    reviews: list,
    current: index + 1,
    total: pages.length,
    pathOf: (page: number) => languageHomePath(otherLanguage(), page),
  }));
}

import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n';
import { feedItems } from '../../components/review/feed-items';
import { FEED_SIZE } from '../../lib/feeds/items';
import { rssResponse } from '../../lib/feeds/rss';
import { languagePath, otherLanguage } from '../../lib/language-paths';
import { otherLanguagePagePaths, otherLanguageReviews } from '../../lib/reviews/language-pages';
import { site } from '../../lib/site';

/** `/en/rss.xml` on a Korean site, when it has reviews in English: the translations and the reviews written in it. */
export const getStaticPaths = otherLanguagePagePaths satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const lang = otherLanguage();
  return rssResponse({
    title: t(lang, 'language.feedTitle', { site: site.title }),
    description: t(lang, 'language.intro', { site: site.title }),
    path: languagePath(lang, 'rss.xml'),
    language: lang,
    items: await feedItems((await otherLanguageReviews()).slice(0, FEED_SIZE)),
  });
};

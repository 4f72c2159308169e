import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n';
import { feedItems } from '../../components/review/feed-items';
import { FEED_SIZE } from '../../lib/feeds/items';
import { jsonFeed } from '../../lib/feeds/json-feed';
import { languageHomePath, languagePath, otherLanguage } from '../../lib/language-paths';
import { otherLanguagePagePaths, otherLanguageReviews } from '../../lib/reviews/language-pages';
import { site } from '../../lib/site';

/** `/en/feed.json` on a Korean site, beside `/en/rss.xml`: the same items as JSON Feed 1.1. */
export const getStaticPaths = otherLanguagePagePaths satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const lang = otherLanguage();
  const items = await feedItems((await otherLanguageReviews()).slice(0, FEED_SIZE));
  const feed = jsonFeed(items, languagePath(lang, 'feed.json'), site.timeZone, {
    lang,
    title: t(lang, 'language.jsonFeedTitle', { site: site.title }),
    description: t(lang, 'language.intro', { site: site.title }),
    home: languageHomePath(lang),
  });
  return new Response(JSON.stringify(feed), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};

import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ReviewBody from '../components/review/ReviewBody.astro';
import { t } from '../i18n';
import { feedHtml } from '../lib/feed';
import { getReviews } from '../lib/reviews';
import { site } from '../lib/site';
import { absoluteUrl, reviewPath } from '../lib/urls';

/** Reviews in the feed, newest first. */
const FEED_SIZE = 20;

/** `/rss.xml`: the newest published reviews with their summary and full text. */
export const GET: APIRoute = async () => {
  const container = await AstroContainer.create();
  const reviews = (await getReviews()).slice(0, FEED_SIZE);
  const items = await Promise.all(
    reviews.map(async (review) => {
      const link = absoluteUrl(reviewPath(review.slug));
      // The body exactly as the review page renders it: optimised pictures, gallery, trailer link.
      const html = await container.renderToString(ReviewBody, { props: { review } });
      return {
        title: review.data.title,
        link,
        pubDate: review.data.pubDate,
        description: review.description,
        categories: [review.category, ...review.data.tags],
        content: feedHtml(html, { pageUrl: link, spoilerNote: t(site.language, 'feed.spoilerOmitted'), spoilerLabel: t(site.language, 'spoiler.label') }),
      };
    }),
  );
  return rss({
    title: site.title,
    description: site.description,
    site: site.url,
    items,
    customData: `<language>${site.language}</language>`,
  });
};

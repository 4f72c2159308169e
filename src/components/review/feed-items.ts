import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { t } from '../../i18n';
import { feedHtml } from '../../lib/feeds/feed-html';
import type { FeedItem } from '../../lib/feeds/items';
import type { Review } from '../../lib/reviews/reviews';
import { pageLanguage, reviewPagePath } from '../../lib/language-paths';
import { absoluteUrl } from '../../lib/urls';
import ReviewBody from './ReviewBody.astro';

/**
 * Reviews as feed items for `/rss.xml`, `/feed.json` and the category feeds: the body
 * exactly as the review page renders it (optimised pictures, gallery, trailer link),
 * made fit for feed readers (`feedHtml`). The one feed module outside `src/lib/feeds/`:
 * it renders `ReviewBody`, and nothing in `lib/` may import a component.
 */
export async function feedItems(reviews: Review[]): Promise<FeedItem[]> {
  const container = await AstroContainer.create();
  return Promise.all(
    reviews.map(async (review) => {
      const link = absoluteUrl(reviewPagePath(review));
      const lang = pageLanguage(review);
      const html = await container.renderToString(ReviewBody, { props: { review } });
      return {
        title: review.data.title,
        link,
        pubDate: review.data.pubDate,
        updatedDate: review.data.updatedDate,
        description: review.description,
        categories: [review.category, ...review.data.tags],
        content: feedHtml(html, {
          pageUrl: link,
          spoilerNote: t(lang, 'feed.spoilerOmitted'),
          spoilerLabel: t(lang, 'spoiler.label'),
        }),
      };
    }),
  );
}

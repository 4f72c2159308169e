import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { t } from '../../i18n';
import { feedBody } from '../../lib/feeds/feed-body';
import { feedHtml } from '../../lib/feeds/feed-html';
import type { FeedItem } from '../../lib/feeds/items';
import type { Review } from '../../lib/reviews/reviews';
import { pageLanguage, reviewPagePath } from '../../lib/language-paths';
import { absoluteUrl } from '../../lib/urls';
import BodyMedia from './BodyMedia.astro';

let container: ReturnType<typeof AstroContainer.create> | undefined;
/** Each review's feed content, made once per build for every feed that carries it. */
const contents = new Map<string, Promise<string>>();

/**
 * A review's body for feeds: the feed version the Markdown pipeline recorded with the
 * review (spoilers out, sanitised), its media rendered by the components the page uses
 * (optimised pictures, gallery, trailer link) and made fit for feed readers.
 */
function feedContent(review: Review, link: string): Promise<string> {
  const cached = contents.get(link);
  if (cached) return cached;
  const made = (async () => {
    container ??= AstroContainer.create();
    const renderer = await container;
    const lang = pageLanguage(review);
    const options = {
      pageUrl: link,
      spoilerNote: t(lang, 'feed.spoilerOmitted'),
      spoilerLabel: t(lang, 'spoiler.label'),
    };
    const media = await Promise.all(
      review.body.media.map(async (part) =>
        feedHtml(await renderer.renderToString(BodyMedia, { props: { review, part } }), options),
      ),
    );
    return feedBody(review.body.feed, { ...options, media: (index) => media[index] ?? '' });
  })();
  contents.set(link, made);
  return made;
}

/**
 * Reviews as feed items for `/rss.xml`, `/feed.json` and the category feeds. The one feed
 * module outside `src/lib/feeds/`: it renders the body's media with `BodyMedia`, and
 * nothing in `lib/` may import a component.
 */
export async function feedItems(reviews: Review[]): Promise<FeedItem[]> {
  return Promise.all(
    reviews.map(async (review) => {
      const link = absoluteUrl(reviewPagePath(review));
      return {
        title: review.data.title,
        link,
        pubDate: review.data.pubDate,
        updatedDate: review.data.updatedDate,
        description: review.description,
        categories: [review.category, ...review.data.tags],
        content: await feedContent(review, link),
      };
    }),
  );
}

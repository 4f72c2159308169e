import type { APIRoute } from 'astro';
import { feedItems } from '../components/review/feed-items';
import { FEED_SIZE } from '../lib/feeds/items';
import { rssPath } from '../lib/feeds/paths';
import { rssResponse } from '../lib/feeds/rss';
import { getLists } from '../lib/lists/lists';
import { withListItems } from '../lib/lists/list-feed';
import { getReviews } from '../lib/reviews/reviews';
import { site } from '../lib/site';

/** `/rss.xml`: the newest published reviews and dated film lists, with their summary and full text. */
export const GET: APIRoute = async () =>
  rssResponse({
    title: site.title,
    description: site.description,
    path: rssPath(),
    items: withListItems(
      await feedItems((await getReviews()).slice(0, FEED_SIZE)),
      await getLists(),
      FEED_SIZE,
    ),
  });

import type { APIRoute } from 'astro';
import { feedItems } from '../components/review/feed-items';
import { FEED_SIZE } from '../lib/feeds/items';
import { jsonFeed } from '../lib/feeds/json-feed';
import { jsonFeedPath } from '../lib/feeds/paths';
import { getLists } from '../lib/lists/lists';
import { withListItems } from '../lib/lists/list-feed';
import { getReviews } from '../lib/reviews/reviews';

/** `/feed.json`: JSON Feed 1.1 with the same items as `/rss.xml`. */
export const GET: APIRoute = async () => {
  const items = withListItems(
    await feedItems((await getReviews()).slice(0, FEED_SIZE)),
    await getLists(),
    FEED_SIZE,
  );
  return new Response(JSON.stringify(jsonFeed(items, jsonFeedPath())), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};

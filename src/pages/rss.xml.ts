import type { APIRoute } from 'astro';
import { feedItems } from '../components/review/feed-items';
import { FEED_SIZE } from '../lib/feeds/items';
import { rssPath } from '../lib/feeds/paths';
import { rssResponse } from '../lib/feeds/rss';
import { getReviews } from '../lib/reviews/reviews';
import { site } from '../lib/site';

/** `/rss.xml`: the newest published reviews with their summary and full text. */
export const GET: APIRoute = async () =>
  rssResponse({
    title: site.title,
    description: site.description,
    path: rssPath(),
    items: await feedItems((await getReviews()).slice(0, FEED_SIZE)),
  });

import { site } from '../site';
import { absoluteUrl, withBase } from '../urls';
import { rfc3339Date } from './dates';
import type { FeedItem } from './items';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the RSS feed's items for readers that
 * prefer JSON, dated with the offset of `timeZone` (default: the site's; see `feedInstant`).
 */
export function jsonFeed(
  items: FeedItem[],
  path: string,
  timeZone = site.timeZone,
): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: absoluteUrl(withBase()),
    feed_url: absoluteUrl(path),
    description: site.description,
    language: site.language,
    authors: [{ name: site.author, url: site.url }],
    items: items.map((item) => ({
      id: item.link,
      url: item.link,
      title: item.title,
      summary: item.description,
      content_html: item.content,
      date_published: rfc3339Date(item.pubDate, timeZone),
      ...(item.updatedDate ? { date_modified: rfc3339Date(item.updatedDate, timeZone) } : {}),
      tags: item.categories,
    })),
  };
}

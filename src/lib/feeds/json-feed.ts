import { site } from '../site';
import { absoluteUrl, withBase } from '../urls';
import { rfc3339Date } from './dates';
import type { FeedItem } from './items';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the RSS feed's items for readers that
 * prefer JSON, dated with the offset of `timeZone` (default: the site's; see `feedInstant`),
 * in the site's language or, for `/en/feed.json`, the other one's (`language`).
 */
export function jsonFeed(
  items: FeedItem[],
  path: string,
  timeZone = site.timeZone,
  language: { lang: string; title: string; description: string; home: string } = {
    lang: site.language,
    title: site.title,
    description: site.description,
    home: withBase(),
  },
): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: language.title,
    home_page_url: absoluteUrl(language.home),
    feed_url: absoluteUrl(path),
    description: language.description,
    language: language.lang,
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

import rss from '@astrojs/rss';
import { site } from '../site';
import { absoluteUrl } from '../urls';
import type { FeedItem } from './items';

export interface RssOptions {
  title: string;
  description: string;
  /** Root-relative path of the feed itself, for `atom:link rel="self"`. */
  path: string;
  items: FeedItem[];
}

/** An RSS 2.0 response that names its own address (`atom:link rel="self"`), as feed validators ask. */
export function rssResponse({ title, description, path, items }: RssOptions): Promise<Response> {
  return rss({
    title,
    description,
    site: site.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: items.map(({ updatedDate: _updated, ...item }) => item),
    customData: `<language>${site.language}</language><atom:link href="${absoluteUrl(path)}" rel="self" type="application/rss+xml"/>`,
  });
}

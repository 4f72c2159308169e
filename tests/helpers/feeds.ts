import { XMLParser } from 'fast-xml-parser';

/** One `<item>` of an RSS feed: its elements by name (`guid` has an attribute, so an object). */
export interface RssItem {
  title: string;
  link: string;
  pubDate: string;
  description: string;
  'content:encoded': string;
  [element: string]: unknown;
}

/** An RSS 2.0 document as fast-xml-parser reads it, attributes prefixed `@` (`@version`). */
export interface Rss {
  '@version': string;
  channel: {
    title: string;
    link: string;
    language: string;
    description: string;
    'atom:link': { '@href': string; '@rel': string; '@type': string };
    item: RssItem | RssItem[];
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** An RSS document and its items (one `<item>` or many, always as a list). */
export function readRss(xml: string): { rss: Rss; items: RssItem[] } {
  const { rss } = parser.parse(xml) as { rss: Rss };
  return { rss, items: [rss.channel.item].flat() };
}

/** A JSON Feed 1.1 document, as far as the tests read it. */
export interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: { id: string; url: string; content_html: string; date_published: string }[];
}

import rss from '@astrojs/rss';
import type { Language } from '../../i18n/languages';
import { site } from '../site';
import { absoluteUrl } from '../urls';
import { rfc822Date } from './dates';
import type { FeedItem } from './items';

export interface RssOptions {
  title: string;
  description: string;
  /** Root-relative path of the feed itself, for `atom:link rel="self"`. */
  path: string;
  items: FeedItem[];
  /** The zone whose midnight a plain date is and whose offset dates are written in (default: the site's). */
  timeZone?: string;
  /** The feed's `<language>` (default: the site's; `/en/rss.xml` is the other language's). */
  language?: Language;
}

/**
 * Plain text as the HTML an RSS `<description>` holds. Feed readers read a description as
 * HTML (RSS 2.0 has no plain-text summary), so the summary `Why <Her> works` must reach
 * them as `Why &lt;Her&gt; works`, or `<Her>` vanishes as an unknown element and an
 * `<img onerror=…>` in a summary becomes an image. The XML escaping on top is @astrojs/rss's.
 */
function descriptionHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * RSS's `<language>`: a language and its region, as the W3C feed validator and Naver expect
 * (`ko-kr`, `en-us`; RSS 2.0 takes the codes of the RSS language list, which are lower case).
 */
const RSS_LANGUAGE: Record<Language, string> = { ko: 'ko-kr', en: 'en-us' };

/**
 * An RSS 2.0 response that names its own address (`atom:link rel="self"`), as feed
 * validators ask, its dates in the site's time zone (see `feedInstant`).
 */
export function rssResponse({
  title,
  description,
  path,
  items,
  timeZone = site.timeZone,
  language = site.language,
}: RssOptions): Promise<Response> {
  return rss({
    title,
    description: descriptionHtml(description),
    site: site.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // `pubDate` goes in as written text: @astrojs/rss would write every date in GMT.
    items: items.map(({ updatedDate: _updated, pubDate, description: summary, ...item }) => ({
      ...item,
      description: descriptionHtml(summary),
      customData: `<pubDate>${rfc822Date(pubDate, timeZone)}</pubDate>`,
    })),
    customData: `<language>${RSS_LANGUAGE[language]}</language><atom:link href="${absoluteUrl(path)}" rel="self" type="application/rss+xml"/>`,
  });
}

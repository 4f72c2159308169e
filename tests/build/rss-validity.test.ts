import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlUrls, isRfc822, rssProblems } from '../helpers/rss-rules';
import { sharedBuild } from '../helpers/shared-build';

/** Every RSS feed of a built site: `/rss.xml` and each category's, by path under `dist/`. */
function feedsOf(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('rss.xml'))
    .sort();
}

describe('the rules the feed checks apply', () => {
  test('RFC-822 dates, URLs in HTML', () => {
    expect(isRfc822('Sat, 20 May 2023 00:00:00 +0900')).toBe(true);
    expect(isRfc822('Sat, 20 May 23 00:00:00 +0900')).toBe(false);
    expect(isRfc822('2023-05-20T00:00:00+09:00')).toBe(false);
    expect(
      htmlUrls('<a href="/x">a</a><img srcset="a.webp 1x, https://e.com/b.webp 2x" src=\'c\'>'),
    ).toEqual(['/x', 'a.webp', 'https://e.com/b.webp', 'c']);
  });

  test('a feed breaking them is reported, rule by rule', () => {
    const bad = `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><link>/</link><description>d</description><language>ko</language><atom:link href="https://e.com/feed.xml" rel="self" type="application/rss+xml"/><item><title>a</title><link>https://e.com/a/</link><guid>a-1</guid><pubDate>2023-05-20</pubDate><description>&lt;a href="../b/"&gt;b&lt;/a&gt;</description></item><item><title>b</title><link>https://e.com/b/</link><guid isPermaLink="false">a-1</guid><pubDate>Sat, 20 May 2023 00:00:00 GMT</pubDate></item></channel></rss>`;
    expect(rssProblems(bad, 'https://e.com/rss.xml', 'ko-kr')).toEqual([
      'channel/link: not absolute (/)',
      'channel/language: found "ko", expected "ko-kr"',
      "atom:link rel=self: found https://e.com/feed.xml, expected the feed's URL https://e.com/rss.xml",
      'item[0]/guid: isPermaLink is true (the default) but a-1 is not a URL',
      'item[0]/pubDate: "2023-05-20" is not an RFC-822 date',
      'item[0]/description: relative URL "../b/"',
      'item[1]/guid: a-1 is not unique',
    ]);
    expect(rssProblems('<rss><channel>', 'https://e.com/rss.xml', 'ko-kr')[0]).toMatch(
      /^not well-formed XML/,
    );
  });
});

describe.each([
  ['sample', 'https://marquee.example.com', 'ko-kr'],
  ['english', 'https://marquee.example.com', 'en-us'],
  ['lists', 'https://lists.example.com', 'ko-kr'],
] as const)(
  'the feeds of the %s fixture site pass the W3C feed validator’s rules',
  (fixture, origin, language) => {
    test('rss.xml and every category feed', async () => {
      const build = await sharedBuild(fixture);
      expect(build.ok, build.output).toBe(true);
      const feeds = feedsOf(build.site.dist);
      expect(feeds).toContain('rss.xml');
      expect(feeds.length).toBeGreaterThan(1);
      for (const feed of feeds) {
        const url = `${origin}/${feed.split('/').map(encodeURIComponent).join('/')}`;
        // The other language's feeds (`/en/rss.xml` on a Korean site) are in that language.
        const prefix = /^(ko|en)\//.exec(feed)?.[1];
        const expected = prefix
          ? ({ ko: 'ko-kr', en: 'en-us' } as const)[prefix as 'ko' | 'en']
          : language;
        expect({ feed, problems: rssProblems(build.site.read(feed), url, expected) }).toEqual({
          feed,
          problems: [],
        });
      }
    });
  },
);

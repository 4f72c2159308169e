import { XMLValidator } from 'fast-xml-parser';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { rssResponse } from '../../../../src/lib/feeds/rss';
import { readRss } from '../../../helpers/feeds';

const SUMMARIES = [
  'Why <Her> works',
  '<img src=x onerror="alert(1)"> is not an image',
  'Tom & Jerry, <그녀>입니다 & &amp; stays &amp;',
  ']]> and <![CDATA[ are text too',
];

/** The feed's `<description>`s as a reader gets them: parsed as XML, then read as HTML. */
async function descriptions(): Promise<{ xml: string; channel: Root; items: Root[] }> {
  const response = await rssResponse({
    title: 'Feed',
    description: 'Reviews of <Her> & more',
    path: '/rss.xml',
    items: SUMMARIES.map((summary, index) => ({
      title: `Review ${index}`,
      link: `https://example.com/reviews/${index}/`,
      pubDate: new Date('2024-01-02T00:00:00Z'),
      description: summary,
      categories: [],
      content: '<p>Body</p>',
    })),
  });
  const xml = await response.text();
  const { rss, items } = readRss(xml);
  return {
    xml,
    channel: fromHtml(rss.channel.description, { fragment: true }),
    items: items.map((item) => fromHtml(item.description, { fragment: true })),
  };
}

const elements = (tree: Root) => {
  const found: string[] = [];
  visit(tree, 'element', (element) => {
    found.push(element.tagName);
  });
  return found;
};

describe('RSS descriptions are text', () => {
  test('the feed is well-formed XML', async () => {
    expect(XMLValidator.validate((await descriptions()).xml)).toBe(true);
  });

  test.each(SUMMARIES.map((summary, index) => [summary, index] as const))(
    '%s comes back exactly, with no element',
    async (summary, index) => {
      const tree = (await descriptions()).items[index];
      expect(tree && toString(tree)).toBe(summary);
      expect(tree && elements(tree)).toEqual([]);
    },
  );

  test("the channel's description too", async () => {
    const { channel } = await descriptions();
    expect(toString(channel)).toBe('Reviews of <Her> & more');
    expect(elements(channel)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { feedBody } from '../../../src/lib/feeds/feed-body';
import { t } from '../../../src/lib/site';
import { contentsHeadings, tableOfContents } from '../../../src/lib/toc';
import { renderMarkdown } from '../../helpers/render-markdown';

const markdown = [
  '## 줄거리',
  '본문',
  '## 범인은 :spoiler[집사]였다',
  '비밀',
  '### :spoiler[사만다가 떠난다]',
  '끝',
  '## 후기',
  '좋다',
].join('\n\n');

/** An inline spoiler in a heading: hidden on the page, so nowhere else in clear either. */
describe('a spoiler in a heading', async () => {
  const { html, headings, body } = await renderMarkdown(markdown);
  const secrets = ['집사', '사만다', '떠난다'];

  test('gets an id without it: the rest of its text, or a neutral numbered one', () => {
    expect(headings.map((heading) => heading.slug)).toEqual([
      '줄거리',
      '범인은-였다',
      'spoiler-heading',
      '후기',
    ]);
    for (const secret of secrets) expect(html).not.toMatch(new RegExp(`(id|href)="[^"]*${secret}`));
  });

  test("its self-link's name leaves it out", () => {
    for (const secret of secrets)
      expect(html).not.toMatch(new RegExp(`aria-label="[^"]*${secret}`));
    expect(html).toContain(`aria-label="${t('heading.link', { title: '범인은 …였다' })}"`);
  });

  test('the table of contents shows … in its place', () => {
    expect(tableOfContents(contentsHeadings(body))).toEqual([
      { slug: '줄거리', text: '줄거리', children: [] },
      {
        slug: '범인은-였다',
        text: '범인은 …였다',
        children: [{ slug: 'spoiler-heading', text: '…', children: [] }],
      },
      { slug: '후기', text: '후기', children: [] },
    ]);
  });

  test('the feed shows a link to the review in its place, and no id', () => {
    const feed = feedBody(body.feed, {
      pageUrl: 'https://example.com/reviews/x/',
      spoilerNote: 'note',
      spoilerLabel: '스포일러',
      media: () => '',
    });
    for (const secret of secrets) expect(feed).not.toContain(secret);
    expect(feed).toContain(
      '<h2>범인은 <a href="https://example.com/reviews/x/">[스포일러]</a>였다</h2>',
    );
    expect(feed).toContain('<h3><a href="https://example.com/reviews/x/">[스포일러]</a></h3>');
  });
});

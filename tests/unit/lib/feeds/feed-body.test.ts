import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { feedBody } from '../../../../src/lib/feeds/feed-body';
import { renderMarkdown } from '../../../helpers/render-markdown';

const post = path.join('tests/plugins/fixtures/rehype-figure/titled-image', 'input.md');
const options = {
  pageUrl: 'https://example.com/blog/reviews/her/',
  spoilerNote: 'Read the spoiler <on the site>',
  spoilerLabel: 'spoiler',
  media: (index: number) => `<figure data-medium="${index}"></figure>`,
};

/** The body a feed carries, from what the Markdown pipeline recorded (no HTML parsed back). */
describe('feedBody', () => {
  test('relative links resolve against the page; spoilers give way to links; media go in place', async () => {
    const { body } = await renderMarkdown(
      [
        'See [Aftersun](../aftersun/), [the verdict](#verdict) and [IMDb](https://imdb.com/).',
        '',
        'The killer is :spoiler[the butler].',
        '',
        ':::spoiler[Ending]',
        'Samantha leaves.',
        ':::',
        '',
        '![A still](./still.jpg)',
        '',
        '<p>Raw <a href="javascript:alert(1)">link</a></p><script>alert(1)</script>',
      ].join('\n'),
      post,
    );
    const html = feedBody(body.feed, options);
    expect(html).toContain(
      '<a href="https://example.com/blog/reviews/aftersun/">Aftersun</a>, <a href="https://example.com/blog/reviews/her/#verdict">the verdict</a> and <a href="https://imdb.com/">IMDb</a>',
    );
    expect(html).toContain(
      'The killer is <a href="https://example.com/blog/reviews/her/">[spoiler]</a>.',
    );
    expect(html).toContain(
      '<p><a href="https://example.com/blog/reviews/her/">Read the spoiler &#x3C;on the site></a></p>',
    );
    expect(html).not.toMatch(/butler|Samantha|<script|javascript:/);
    expect(html).toContain('<figure data-medium="0"></figure>');
    expect(html).toContain('<p>Raw <a>link</a></p>');
  });

  test("the body's own text cannot spell a token", async () => {
    const { body } = await renderMarkdown(
      'Text \uE000m0\uE001 and ![alt \uE000u0\uE001](https://example.com/a.jpg)',
      post,
    );
    const html = feedBody(body.feed, options);
    expect(html).not.toContain('data-medium');
    expect(html).toBe('<p>Text m0 and <img src="https://example.com/a.jpg" alt="alt u0"></p>');
  });
});

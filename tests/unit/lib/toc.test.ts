import { describe, expect, test } from 'vitest';
import { contentsHeadings, tableOfContents } from '../../../src/lib/toc';
import { renderMarkdown } from '../../helpers/render-markdown';

describe('table of contents', () => {
  test('needs three sections and nests ### under ##', () => {
    const headings = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a-1', text: 'A.1' },
      { depth: 2, slug: 'b', text: 'B' },
    ];
    expect(tableOfContents(headings)).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a-1', text: 'A.1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
    expect(tableOfContents(headings.slice(0, 2))).toBeUndefined();
  });

  test('a heading inside a spoiler is never listed', async () => {
    const { body, headings } = await renderMarkdown(
      '## 줄거리\n\n본문\n\n:::spoiler[결말]\n## 사만다가 떠난다\n\n비밀\n:::\n\n## 후기\n\n끝\n',
    );
    expect(headings.map((heading) => heading.text)).toContain('사만다가 떠난다');
    expect(contentsHeadings(body).map((heading) => heading.text)).toEqual(['줄거리', '후기']);
  });
});

import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../../../src/lib/check/frontmatter';
import { listStructuredData } from '../../../../src/lib/lists/list-data';
import { listFeedItem, withListItems } from '../../../../src/lib/lists/list-feed';
import { listTexts, shiftLines } from '../../../../src/lib/lists/list-text';
import type { FilmList } from '../../../../src/lib/lists/lists';
import type { FeedItem } from '../../../../src/lib/feeds/items';

describe("a list's Markdown texts", () => {
  const source = [
    '---',
    'title: 목록',
    'entries:',
    '  - review: her',
    '    note: 한 줄.',
    '  - film: { title: 애프터썬, year: 2022 }',
    '  - review: paterson',
    '    note: |',
    '      첫 줄.',
    '',
    '      둘째 문단.',
    '---',
    '',
    '서문.',
    '',
  ].join('\n');

  test('the introduction, then each note, with the line it starts on', () => {
    expect(listTexts(readFrontmatter(source))).toEqual([
      { markdown: '\n서문.\n', lineShift: 0 },
      { markdown: '한 줄.', lineShift: 4 },
      { markdown: '첫 줄.\n\n둘째 문단.\n', lineShift: 8 },
    ]);
  });

  test("the plugins' lines in a note become lines of the list file", () => {
    expect(
      shiftLines(
        'content/lists/a.md:3:1 ::trailr: unknown directive\ncontent/lists/a.md:1:5 x: y',
        8,
      ),
    ).toBe('content/lists/a.md:11:1 ::trailr: unknown directive\ncontent/lists/a.md:9:5 x: y');
    expect(shiftLines('content/lists/a.md:3:1 x', 0)).toBe('content/lists/a.md:3:1 x');
  });
});

const list = (overrides: Partial<FilmList> & { pubDate?: Date } = {}): FilmList => {
  const { pubDate, ...rest } = overrides;
  return {
    slug: 'best-2022',
    title: '2022년의 영화',
    description: '올해의 열 편.',
    ranked: true,
    entry: {
      data: { pubDate },
      rendered: { html: '<p>서문 <a href="/reviews/her/">그녀</a>.</p>' },
    } as unknown as FilmList['entry'],
    items: [
      {
        position: 1,
        film: { title: '애프터썬', originalTitle: 'Aftersun', year: 2022, tmdb: 965150 },
        review: { slug: 'aftersun' } as never,
        noteHtml: '<p>오래 남은 <em>장면</em>.</p>',
      },
      { position: 2, film: { title: 'Past <Lives>', year: 2023 } },
    ],
    ...rest,
  };
};

describe('a list as structured data', () => {
  test('a ranked list is an ascending ItemList of Movies, each with its review and poster where there is one', () => {
    const data = listStructuredData(list(), (index) =>
      index === 0 ? 'https://marquee.example.com/_astro/a.jpg' : undefined,
    );
    expect(data).toMatchObject({
      '@type': 'ItemList',
      name: '2022년의 영화',
      url: 'https://marquee.example.com/lists/best-2022/',
      numberOfItems: 2,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
    });
    expect(data.itemListElement).toEqual([
      {
        '@type': 'ListItem',
        position: 1,
        item: {
          '@type': 'Movie',
          name: '애프터썬',
          alternateName: 'Aftersun',
          dateCreated: '2022',
          sameAs: 'https://www.themoviedb.org/movie/965150',
          image: 'https://marquee.example.com/_astro/a.jpg',
          url: 'https://marquee.example.com/reviews/aftersun/',
        },
      },
      {
        '@type': 'ListItem',
        position: 2,
        item: { '@type': 'Movie', name: 'Past <Lives>', dateCreated: '2023' },
      },
    ]);
    expect(listStructuredData(list({ ranked: false }), () => undefined).itemListOrder).toBe(
      'https://schema.org/ItemListUnordered',
    );
  });
});

describe('a list in the feeds', () => {
  test('an undated list is not a feed item', () => {
    expect(listFeedItem(list())).toBeUndefined();
  });

  test('a dated one is: the introduction, then the films in order, escaped, with absolute links', () => {
    const item = listFeedItem(list({ pubDate: new Date('2023-01-02T00:00:00Z') }))!;
    expect(item.link).toBe('https://marquee.example.com/lists/best-2022/');
    expect(item.content).toContain('<ol>');
    expect(item.content).toContain('href="https://marquee.example.com/reviews/aftersun/"');
    expect(item.content).toContain('href="https://marquee.example.com/reviews/her/"');
    expect(item.content).toContain('Past &#x3C;Lives> (2023)');
    expect(item.content).not.toContain('<Lives>');
    expect(item.content).toContain('<em>장면</em>');
  });

  test('lists and reviews as one feed, newest first, cut to its size', () => {
    const review = (day: string) =>
      ({ title: day, pubDate: new Date(`${day}T00:00:00Z`) }) as unknown as FeedItem;
    const feed = withListItems(
      [review('2023-03-01'), review('2022-12-01')],
      [list({ pubDate: new Date('2023-01-02T00:00:00Z') }), list()],
      2,
    );
    expect(feed.map((item) => item.title)).toEqual(['2023-03-01', '2022년의 영화']);
  });
});

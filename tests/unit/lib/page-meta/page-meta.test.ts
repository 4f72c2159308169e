import { describe, expect, test } from 'vitest';
import {
  clampText,
  describePage,
  DESCRIPTION_LENGTH,
  textLength,
} from '../../../../src/lib/page-meta/descriptions';
import {
  breadcrumbs,
  reviewItemList,
  websiteData,
} from '../../../../src/lib/page-meta/structured-data';

describe('describePage', () => {
  test('lists as many items as fit and says when some were left out', () => {
    const films = Array.from({ length: 40 }, (_, index) => `영화 제목 ${index + 1}`);
    const text = describePage('장르: 드라마 — 리뷰 40편', films);
    expect(text.startsWith('장르: 드라마 — 리뷰 40편: 영화 제목 1, 영화 제목 2')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(textLength(text)).toBeLessThanOrEqual(DESCRIPTION_LENGTH.max);
  });

  test('adds sentences to a short description until it is long enough', () => {
    const text = describePage(
      '연도: 2013 — 리뷰 1편',
      ['그녀'],
      [
        '외로움과 연결에 대하여, 그리고 끝내 놓아주는 사랑에 대하여 적은 기록.',
        '쓰이지 않을 문장.',
      ],
    );
    expect(text).toBe(
      '연도: 2013 — 리뷰 1편: 그녀. 외로움과 연결에 대하여, 그리고 끝내 놓아주는 사랑에 대하여 적은 기록.',
    );
    expect(textLength(text)).toBeGreaterThanOrEqual(DESCRIPTION_LENGTH.min);
  });
});

describe('clampText', () => {
  test('cuts at a space with an ellipsis, counting Hangul syllables as one', () => {
    expect(clampText('가나다 라마바 사아자', 8)).toBe('가나다 라마바…');
    expect(clampText('짧은 글', 8)).toBe('짧은 글');
  });
});

describe('JSON-LD beyond the review', () => {
  test('WebSite searches the search page', () => {
    expect(websiteData().potentialAction).toEqual({
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: 'https://marquee.example.com/search/?q={search_term_string}',
      },
      'query-input': 'required name=search_term_string',
    });
  });

  test('breadcrumbs and item lists are numbered from 1 (or the page’s first position) with absolute URLs', () => {
    expect(
      breadcrumbs([
        { name: '홈', path: '/' },
        { name: '장르', path: '/genres/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: '홈', item: 'https://marquee.example.com/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: '장르',
        item: 'https://marquee.example.com/genres/',
      },
    ]);
    const list = reviewItemList([{ slug: '그녀', data: { title: '그녀' } } as never], 5);
    expect(list.itemListElement).toEqual([
      {
        '@type': 'ListItem',
        position: 5,
        name: '그녀',
        url: 'https://marquee.example.com/reviews/%EA%B7%B8%EB%85%80/',
      },
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { feedHtml } from '../../../../src/lib/feeds/feed-html';

const options = {
  pageUrl: 'https://example.com/blog/reviews/her/',
  spoilerNote: '스포일러는 블로그에서 읽어 주세요.',
};

describe('feedHtml', () => {
  test('links and images become absolute, against the review page', () => {
    const html = feedHtml(
      '<p><a href="/blog/reviews/aftersun/">애프터썬</a> <a href="#후기">후기</a> <a href="https://imdb.com/">IMDb</a></p>' +
        '<img src="/blog/_astro/still.webp" srcset="/blog/_astro/a.webp 640w, /blog/_astro/b.webp 1280w" alt="">',
      options,
    );
    expect(html).toBe(
      '<p><a href="https://example.com/blog/reviews/aftersun/">애프터썬</a> <a href="https://example.com/blog/reviews/her/#%ED%9B%84%EA%B8%B0">후기</a> <a href="https://imdb.com/">IMDb</a></p>' +
        '<img src="https://example.com/blog/_astro/still.webp" srcset="https://example.com/blog/_astro/a.webp 640w, https://example.com/blog/_astro/b.webp 1280w" alt="">',
    );
  });

  test('a spoiler block gives way to a link to the review', () => {
    const html = feedHtml(
      '<p>앞</p><details class="marquee-spoiler" data-pagefind-ignore><summary>결말</summary><p>사만다는 떠난다.</p></details><p>뒤</p>',
      options,
    );
    expect(html).toBe(
      '<p>앞</p><p><a href="https://example.com/blog/reviews/her/">스포일러는 블로그에서 읽어 주세요.</a></p><p>뒤</p>',
    );
  });

  test('what only works on the site is dropped: scripts, styles, controls, decoration', () => {
    const html = feedHtml(
      '<p>본문</p><script>alert(1)</script><style>p{}</style><dialog><button>닫기</button></dialog>' +
        '<a href="https://youtu.be/x"><span aria-hidden="true">▶</span><span>예고편 보기</span></a>',
      options,
    );
    expect(html).toBe('<p>본문</p><a href="https://youtu.be/x"><span>예고편 보기</span></a>');
  });
});

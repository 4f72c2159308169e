import { describe, expect, test } from 'vitest';
import { segmentHtmlText } from '../../../src/lib/search/segment-html';

const mark = (text: string) => text.replace(/[가-힣]+/g, (word) => `[${word}]`);

describe('segmentHtmlText', () => {
  test.each([
    [
      'text between tags',
      '<p class="x">영화 <b>추천</b></p>',
      '<p class="x">[영화] <b>[추천]</b></p>',
    ],
    [
      'attributes are never touched',
      '<img alt="영화" data-caption="a > 영화">',
      '<img alt="영화" data-caption="a > 영화">',
    ],
    [
      'scripts and styles, even with tags inside',
      '<script>if (a<b) x = "<p>영화</p>";</script>영화',
      '<script>if (a<b) x = "<p>영화</p>";</script>[영화]',
    ],
    ['comments', '<!-- 영화 -->영화', '<!-- 영화 -->[영화]'],
    [
      'metadata and filters, nested in themselves',
      '<div data-pagefind-meta="x"><div>영화</div>영화</div>영화',
      '<div data-pagefind-meta="x"><div>영화</div>영화</div>[영화]',
    ],
    [
      'a void element with metadata opens nothing',
      '<meta data-pagefind-meta="x" content="영화"><p>영화</p>',
      '<meta data-pagefind-meta="x" content="영화"><p>[영화]</p>',
    ],
    [
      'templates and noscript',
      '<template><p>영화</p></template><noscript>영화</noscript>영화',
      '<template><p>영화</p></template><noscript>영화</noscript>[영화]',
    ],
    [
      'entities stay encoded',
      '<p>&lt;영화&gt; &amp; 추천</p>',
      '<p>&lt;[영화]&gt; &amp; [추천]</p>',
    ],
  ])('%s', (_, html, expected) => {
    expect(segmentHtmlText(html, mark)).toBe(expected);
  });
});

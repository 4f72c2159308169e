import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { feedHtml } from '../../../../src/lib/feeds/feed-html';

const options = {
  pageUrl: 'https://example.com/blog/reviews/her/',
  spoilerNote: '스포일러는 블로그에서 읽어 주세요.',
};

/** Every way raw HTML could run script or leave the page in a feed reader, which applies no CSP. */
const VECTORS = {
  'onerror=': '<p>A <img src="/a.png" alt="a" onerror="alert(1)"> still.</p>',
  'other handlers':
    '<p onclick="alert(1)"><a href="https://a.example/" onmouseover="alert(1)">a</a><svg onload="alert(1)"></svg></p>',
  'javascript: href':
    '<p><a href="javascript:alert(1)">click</a> <a href=" JaVaScRiPt:alert(1)">again</a></p>',
  'data: and vbscript: href':
    '<p><a href="data:text/html,<script>alert(1)</script>">d</a> <a href="vbscript:x">v</a></p>',
  '<iframe srcdoc>':
    '<iframe srcdoc="<script>alert(1)</script>"></iframe><iframe src="https://evil.example/"></iframe>',
  '<object data>':
    '<object data="https://evil.example/x.swf"><param name="a" value="b"></object><embed src="https://evil.example/x.swf">',
  '<meta http-equiv=refresh>':
    '<meta http-equiv="refresh" content="0; url=https://evil.example/"><base href="https://evil.example/">',
  '<script>':
    '<p>Text</p><script>alert(1)</script><script src="https://evil.example/x.js"></script>',
  'style and forms':
    '<style>p{}</style><form action="https://evil.example/"><input name="q"><textarea>x</textarea></form>',
  'javascript: in src and srcset':
    '<img src="javascript:alert(1)" srcset="javascript:alert(1) 1x, /b.webp 2x" alt="b">',
} as const;

describe('the feed keeps nothing that runs', () => {
  const html = feedHtml(Object.values(VECTORS).join('\n'), options);
  const tree = fromHtml(html, { fragment: true });

  test.each(Object.entries(VECTORS))('%s', (_name, vector) => {
    const alone = feedHtml(vector, options);
    expect(alone).not.toMatch(/\son[a-z]+=/i);
    expect(alone).not.toMatch(/javascript:|vbscript:|data:text/i);
    expect(alone).not.toMatch(
      /<(script|iframe|object|embed|param|meta|base|style|form|textarea|svg)\b/i,
    );
    expect(alone).not.toMatch(/srcdoc|http-equiv|evil\.example/i);
  });

  test('no element of the whole lot carries an event handler or an unsafe URL', () => {
    visit(tree, 'element', (element) => {
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name).not.toMatch(/^on/i);
        if (['href', 'src', 'srcSet', 'cite'].includes(name))
          expect(String(value)).toMatch(/^(https?:|mailto:)/);
      }
    });
  });

  test('the text around them stays', () => {
    expect(html).toContain('<p>Text</p>');
    expect(html).toContain('click');
    expect(html).toContain('<img srcset="https://example.com/b.webp 2x" alt="b">');
  });
});

describe('the feed keeps what pages show', () => {
  test('a figure with a picture, srcset and caption', () => {
    const body =
      '<figure class="marquee-figure"><picture><source srcset="/blog/_astro/a.avif 480w, /blog/_astro/b.avif 960w" type="image/avif" sizes="100vw">' +
      '<img src="/blog/_astro/a.webp" srcset="/blog/_astro/a.webp 480w" alt="A still" sizes="100vw" loading="lazy" decoding="async" style="background-image:url(data:image/webp,x)" width="1600" height="900" class="marquee-picture">' +
      '</picture><figcaption class="marquee-figure__caption">Glass</figcaption></figure>';
    expect(feedHtml(body, options)).toBe(
      '<figure><picture><source srcset="https://example.com/blog/_astro/a.avif 480w, https://example.com/blog/_astro/b.avif 960w" type="image/avif" sizes="100vw">' +
        '<img src="https://example.com/blog/_astro/a.webp" srcset="https://example.com/blog/_astro/a.webp 480w" alt="A still" sizes="100vw" loading="lazy" decoding="async" width="1600" height="900">' +
        '</picture><figcaption>Glass</figcaption></figure>',
    );
  });

  test("the trailer's link form: a link to the video around its still", () => {
    const body =
      '<figure class="marquee-trailer"><marquee-trailer data-embed="https://www.youtube-nocookie.com/embed/x"><a class="marquee-trailer__link" href="https://www.youtube.com/watch?v=x">' +
      '<img src="/blog/_astro/cover.webp" alt=""><span class="marquee-trailer__label">예고편 보기</span></a></marquee-trailer></figure>';
    expect(feedHtml(body, options)).toBe(
      '<figure><a href="https://www.youtube.com/watch?v=x"><img src="https://example.com/blog/_astro/cover.webp" alt=""><span>예고편 보기</span></a></figure>',
    );
  });

  test('headings, lists, tables, code, quotes and links of every allowed kind', () => {
    const body =
      '<h2 id="후기">후기<a class="marquee-heading-link" aria-label="링크" href="#후기"><span aria-hidden="true"></span></a></h2>' +
      '<ol start="2"><li>one</li></ol><ul><li><input type="checkbox" disabled checked> done</li></ul>' +
      '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td align="left">b</td></tr></tbody></table>' +
      '<pre><code class="language-js">x &lt; 1</code></pre><blockquote><p>q</p></blockquote>' +
      '<p><a href="mailto:me@example.com">mail</a> <a href="../aftersun/">rel</a> <a href="#후기">frag</a> <a href="http://a.example/">http</a></p>';
    expect(feedHtml(body, options)).toBe(
      '<h2>후기</h2>' +
        '<ol start="2"><li>one</li></ol><ul><li><input type="checkbox" disabled checked> done</li></ul>' +
        '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td align="left">b</td></tr></tbody></table>' +
        '<pre><code>x &#x3C; 1</code></pre><blockquote><p>q</p></blockquote>' +
        '<p><a href="mailto:me@example.com">mail</a> <a href="https://example.com/blog/reviews/aftersun/">rel</a> <a href="https://example.com/blog/reviews/her/#%ED%9B%84%EA%B8%B0">frag</a> <a href="http://a.example/">http</a></p>',
    );
  });
});

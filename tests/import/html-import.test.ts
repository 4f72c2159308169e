import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { bundleText } from '../../src/cli/import/bundle';
import { importHtmlPost } from '../../src/cli/import/html-post';
import { repoRoot } from '../helpers/build-site';
import { renderMarkdown } from '../helpers/render-markdown';

const fixtures = path.join(repoRoot, 'tests/fixtures/import');
const NOW = new Date('2024-01-01T00:00:00Z');
const site = { timeZone: 'Asia/Seoul' };
const tmp = mkdtempSync(path.join(repoRoot, 'tests/.tmp/import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fixture page imported as on 2024-01-01 in Seoul: `imported('naver/blog.html')`. */
const imported = (page: string) => importHtmlPost(path.join(fixtures, page), site, NOW);

/** Folder, saved page, and the name its expected files start with. */
const cases = [
  ['tistory-poster', '그녀.html', 'expected'],
  ['tistory-odyssey', 'post.html', 'expected'],
  ['tistory-fold', 'post.html', 'expected'],
  ['wordpress', 'post.html', 'expected'],
  ['tistory-old', 'old.html', 'expected'],
  ['tistory-blog', '그녀.html', '그녀.expected'],
  ['tistory-blog', 'carol.html', 'carol.expected'],
  ['naver', 'blog.html', 'expected'],
  ['generic', 'page.html', 'expected'],
] as const;

/** Markup, attributes and addresses that must never reach a post. */
const FORBIDDEN = [
  /<script/i,
  /javascript:/i,
  /vbscript:/i,
  /\bon[a-z]+=/i,
  /adsbygoogle|kakao_ad|adfit|powerlink|광고|Buy now/i,
  /google-analytics|facebook\.com\/tr|lcs\.naver|pixel/i,
  /공감|공유|Tweet|댓글|comments|관련글|Popular|Designed by|©/i,
  /tiara|T\.config|wcslog/,
];

describe.each(cases)('importing %s/%s', (name, page, expected) => {
  test('frontmatter and Markdown as expected, with nothing unsafe left', async () => {
    const post = await importHtmlPost(path.join(fixtures, name, page), site, NOW);
    const text = bundleText(post);
    await expect(text).toMatchFileSnapshot(path.join(fixtures, name, `${expected}.md`));
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
    await expect(post.notes.join('\n')).toMatchFileSnapshot(
      path.join(fixtures, name, `${expected}-report.txt`),
    );
  });

  test("the Markdown renders with the site's own pipeline (images, directives)", async () => {
    const post = await importHtmlPost(path.join(fixtures, name, page), site, NOW);
    const bundle = path.join(tmp, name, page);
    for (const image of post.images) cpSync(image.from, path.join(bundle, image.name));
    const { html } = await renderMarkdown(post.body, path.join(bundle, 'index.md'));
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
  });
});

describe('what each layout yields', () => {
  test('Tistory: facts from <br> info lines, poster from its caption, first YouTube player as the trailer', async () => {
    const { frontmatter, body, images } = await imported('tistory-poster/그녀.html');
    expect(frontmatter).toMatchObject({
      title: '그녀, 목소리만으로 사랑에 빠질 수 있을까',
      pubDate: '2022-06-18T21:30:00+09:00',
      category: '영화 리뷰',
      tags: ['인생영화', '로맨스'],
      movie: {
        genres: ['드라마', '멜로', '로맨스'],
        countries: ['미국'],
        runtime: 126,
        releaseDate: '2014-05-22',
        directors: ['스파이크 존즈'],
        cast: [
          { name: '호아킨 피닉스', role: '테오도르' },
          { name: '스칼렛 요한슨', role: '사만다' },
          '에이미 아담스',
        ],
        certification: '청소년 관람불가',
        poster: './image-1.jpg',
        trailer: 'https://www.youtube.com/watch?v=ne6p6MfLBxc',
      },
    });
    expect(images.map((image) => path.basename(image.from))).toEqual(['poster.jpg', 'img.png']);
    expect(body).toContain('12:30에 시작했고, 비율은 a:b 정도');
    expect(body).toContain('\\::trailer 같은 글자로');
    expect(body).toContain('여기를 누르세요 그리고 [IMDb](https://www.imdb.com/title/tt1798709/)');
  });

  test("Tistory's editor markup: film from the heading under the poster, info-line forms, grid as gallery, ads and empty sections out", async () => {
    const { frontmatter, body, notes } = await imported('tistory-blog/그녀.html');
    expect(frontmatter.title).toBe('[영화 리뷰] <그녀> 목소리와 사랑에 빠진 남자');
    expect(frontmatter.movie).toMatchObject({
      title: '그녀',
      originalTitle: 'Her',
      year: 2013,
      genres: ['드라마', '멜로', '로맨스'],
      countries: ['미국'],
      runtime: 125,
      releaseDate: '2014-05-22',
      directors: ['스파이크 존즈'],
      cast: [
        { name: '호아킨 피닉스', role: '테오도르' },
        { name: '스칼렛 요한슨', role: '사만다' },
        { name: '에이미 아담스', role: '에이미' },
      ],
      certification: '청소년 관람불가',
      poster: './image-1.jpg',
      trailer: 'https://www.youtube.com/watch?v=ne6p6MfLBxc',
    });
    expect(body).toMatch(
      /:::gallery\n!\[영화 속 장면들\]\(\.\/image-2\.jpg\)\n\n.*\n\n!\[해변의 테오도르\]/,
    );
    expect(body).not.toMatch(/반응형|728x90|이벤트|예고편|그녀 \(Her/);
    expect(body).toContain('\\<그녀>는');
    expect(body).toContain('자세한 건 여기에서.');
    expect(body).toContain('::trailer{youtube="W6iVPCRflQM"}');
    expect(body.match(/^#+ /gm)).toEqual(['## ', '### ', '## ', '## ']);
    expect(notes).toContain('line "평점 9.0": not mapped, left in the body');
  });

  test('the frontmatter stays valid YAML whatever the title (`[`, `:`, `#`, quotes)', () => {
    const title = '[리뷰] "그녀": #1 <Her> - 끝';
    const text = bundleText({
      source: 'x.html',
      slugTitle: title,
      frontmatter: {
        title,
        pubDate: '2022-06-18',
        movie: { title: '[그녀]', originalTitle: "'Her'" },
      },
      body: 'x\n',
      images: [],
      notes: [],
    });
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    expect(parse(yaml)).toMatchObject({
      title,
      movie: { title: '[그녀]', originalTitle: "'Her'" },
    });
  });

  test('Tistory (Odyssey): facts from a table, a Vimeo trailer, four images in a row become a gallery', async () => {
    const { frontmatter, body } = await imported('tistory-odyssey/post.html');
    expect(frontmatter.movie).toMatchObject({
      title: '헤어질 결심',
      originalTitle: 'Decision to Leave',
      year: 2022,
      runtime: 138,
      trailer: 'https://vimeo.com/76979871',
    });
    expect(body).toMatch(
      /:::gallery\n!\[헤어질 결심\]\(\.\/image-1\.jpg\)\n\n!\[안개 낀 산\]\(\.\/image-2\.jpg\)\n\n!\[바다로 가는 길\]\(\.\/image-3\.webp "바다로 가는 길"\)\n\n!\[파도\]\(\.\/image-4\.png\)\n:::/,
    );
  });

  test("Tistory's current editor: film from the post title, the facts' own heading and table gone, 더보기 as a spoiler, a link preview as one link, the 평점 line as the rating", async () => {
    const { frontmatter, body, notes } = await imported('tistory-fold/post.html');
    // "[영화 리뷰] 헤어질 결심 (2022) - 박찬욱 감독의 미스터리 로맨스": not the "영화 정보" heading.
    expect(frontmatter.movie).toMatchObject({ title: '헤어질 결심', year: 2022, runtime: 138 });
    expect(frontmatter.rating).toBe(4.5);
    expect(notes).toContain("rating: 4.5, from the post's 평점 line; check it");
    expect(body).not.toMatch(/영화 정보|\|\s*\||평점|더보기/);
    expect(body).toContain(':::spoiler\n결말: 서래는 바다로...\n:::');
    // A fold the blogger named keeps its name as the spoiler's label.
    expect(body).toContain(
      ':::spoiler[결말 해석 보기]\n안개는 끝내 걷히지 않는다.\n\n그래서 더 아프다.\n:::',
    );
    expect(body).toMatch(/\n\[헤어질 결심\]\(https:\/\/movie\.example\.com\/x\)\n?$/);
    expect(body.match(/movie\.example\.com/g)).toHaveLength(1);
  });

  test('an English blog (WordPress): English info lines, the film from "Her (2013) review: …", share and related-post boxes out', async () => {
    const { frontmatter, body } = await imported('wordpress/post.html');
    expect(frontmatter.movie).toMatchObject({
      title: 'Her',
      year: 2013,
      directors: ['Spike Jonze'],
      cast: ['Joaquin Phoenix', 'Scarlett Johansson'],
      runtime: 126,
      trailer: 'https://www.youtube.com/watch?v=ne6p6MfLBxc',
    });
    expect(body).not.toMatch(/Director|Starring|Runtime|Related|Share this/);
    expect(body).toContain('Theodore writes other people’s letters for a living.');
  });

  test('Naver: SmartEditor components, captions as titles, #tags, a later YouTube player as the trailer', async () => {
    const { frontmatter, body } = await imported('naver/blog.html');
    expect(frontmatter).toMatchObject({
      pubDate: '2023-03-04T21:05:00+09:00',
      category: '영화 이야기',
      tags: ['우리들', '윤가은', '성장영화'],
    });
    expect(frontmatter.movie).toMatchObject({
      runtime: 95,
      releaseDate: '2016-06-16',
      certification: '전체 관람가',
      trailer: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    });
    expect(body).toContain('![봉숭아 물](./image-3.jpg "손톱")');
    expect(body).toContain('\\:spoiler');
    expect(body).toContain('[우리들 공식 페이지](https://movie.example.com/world-of-us)');
    expect(body).not.toMatch(/\u200b/);
  });
});

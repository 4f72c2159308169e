import { readdirSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, fixtureContent, type BuildResult } from '../helpers/build-site';
import { copyProject, runCheck } from '../helpers/check-site';
import { html, text } from '../helpers/html';

/** Film titles in angle brackets, the way Korean bloggers write them, through everything a reader sees. */
const fixture = fixtureContent('minimal');
const POST = [
  '---',
  'title: "외국영화 <Her> 정보와 후기"',
  'pubDate: 2024-01-02',
  'movie:',
  '  title: 그녀',
  '  originalTitle: Her',
  '  year: 2013',
  '---',
  '',
  '스물다섯 번째로 소개할 영화는 <Her>입니다. <Paterson>과 <헤어질 결심>도 함께.',
  '',
  '## <Her>의 목소리',
  '',
  '같은 해의 <Main>도 있다.',
  '',
].join('\n');

function addPost(root: string) {
  const folder = path.join(root, 'content/reviews/brackets');
  mkdirSync(folder, { recursive: true });
  cpSync(path.join(fixture, 'reviews/good/poster.jpg'), path.join(folder, 'poster.jpg'));
  writeFileSync(path.join(folder, 'index.md'), POST);
}

let build: BuildResult;
let check: { code: number; output: string };
beforeAll(async () => {
  [build, check] = await Promise.all([
    buildSite({ content: fixture, edit: addPost }),
    runCheck(copyProject(fixture, addPost), ['--no-types']),
  ]);
}, 300_000);
afterAll(() => build?.site.remove());

test('the review page shows the titles as text, in the title, the body and a heading', () => {
  expect(build.ok, build.output).toBe(true);
  const page = html(build.site.read('reviews/brackets/index.html'));
  expect(text(page.querySelector('h1'))).toBe('외국영화 <Her> 정보와 후기');
  const body = text(page.querySelector('main'));
  expect(body).toContain(
    '스물다섯 번째로 소개할 영화는 <Her>입니다. <Paterson>과 <헤어질 결심>도 함께.',
  );
  expect(body).toContain('<Her>의 목소리');
  expect(body).toContain('같은 해의 <Main>도 있다.');
  expect(page.querySelectorAll('her, paterson, main main')).toHaveLength(0);
  expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(
    '<Her>입니다',
  );
});

test('the feeds carry the titles as text', () => {
  const feed = JSON.parse(build.site.read('feed.json')) as {
    items: { title: string; content_html: string }[];
  };
  const item = feed.items.find((entry) => entry.title.includes('Her'));
  expect(item?.title).toBe('외국영화 <Her> 정보와 후기');
  expect(item?.content_html).toContain('영화는 &#x3C;Her>입니다');
  expect(build.site.read('rss.xml')).toContain('<title>외국영화 &lt;Her&gt; 정보와 후기</title>');
});

test('the search index holds the titles as text', () => {
  const folder = path.join(build.site.dist, 'pagefind/fragment');
  const fragments = readdirSync(folder).map((file) =>
    gunzipSync(readFileSync(path.join(folder, file))).toString('utf8'),
  );
  expect(fragments.some((fragment) => fragment.includes('영화는 <Her>입니다'))).toBe(true);
});

test('npm run check passes the post, with a warning for the title that is also an element name', () => {
  expect(check.code, check.output).toBe(0);
  expect(check.output).toContain(
    'warning: content/reviews/brackets/index.md:14:7 <Main>: kept as the text "<Main>" (a film title in angle brackets)',
  );
});

import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../helpers/render-markdown';

/** What `remarkReadingTime` leaves in the rendered entry's frontmatter, through the site's own pipeline. */
const summary = async (markdown: string) => (await renderMarkdown(markdown)).frontmatter;

describe('reading time', () => {
  test('spoilers, code and directive markup are not counted as prose', async () => {
    const hidden = '가'.repeat(2000);
    const markdown = `첫 문단.\n\n:::spoiler[결말]\n${hidden}\n:::\n\n\`\`\`\n${'code '.repeat(1000)}\n\`\`\`\n\n::trailer{youtube="ne6p6MfLBxc"}\n\n## 제목\n\n끝.`;
    expect((await summary(markdown)).readingMinutes).toBe(1);
    expect((await summary(`${hidden}\n`)).readingMinutes).toBe(4);
  });
});

describe('excerpt', () => {
  test('the first paragraph of prose, without markup', async () => {
    expect(
      (
        await summary(
          '## 줄거리\n\n테오도르는 **편지**를 [대신](https://x.test) 쓴다.\n\n둘째 문단.',
        )
      ).excerpt,
    ).toBe('테오도르는 편지를 대신 쓴다.');
  });

  test('never from a spoiler, an image or a directive', async () => {
    const markdown =
      ':::spoiler\n결말은 비밀.\n:::\n\n![still](https://x.test/a.jpg)\n\n::trailer{youtube="ne6p6MfLBxc"}\n\n본문의 첫 문단.';
    expect((await summary(markdown)).excerpt).toBe('본문의 첫 문단.');
  });

  test('an inline spoiler leaves a "…" in its sentence, never its words; other text directives stay the text they were', async () => {
    expect((await summary('범인은 :spoiler[**집사**]였다. 12:30에 만나자.')).excerpt).toBe(
      '범인은 …였다. 12:30에 만나자.',
    );
  });

  test('long paragraphs are cut at a word boundary to 160 characters', async () => {
    const { excerpt } = await summary('word '.repeat(100));
    expect(String(excerpt).length).toBeLessThanOrEqual(160);
    expect(String(excerpt).endsWith('word…')).toBe(true);
  });
});

import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { recordedWarnings } from '../../../../src/plugins/fail';
import { remarkBracketTitles } from '../../../../src/plugins/remark/remark-bracket-titles';

/** The warnings the bracket-title rule leaves on a body, as `npm run check` prints them. */
async function warningsOf(body: string): Promise<string[]> {
  const file = new VFile({ value: body });
  const tree = fromMarkdown(body, {
    extensions: [gfm(), directive()],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  });
  await unified().use(remarkBracketTitles).run(tree, file);
  return recordedWarnings(file);
}

describe('film titles in angle brackets', () => {
  test('a title that is no element name is quiet', async () => {
    expect(await warningsOf('영화는 <Her>입니다. <Paterson>, <Carry On>, <그녀>.\n')).toEqual([]);
  });

  test('a title that is also an element name is kept as text, with a warning at its place', async () => {
    expect(await warningsOf('첫 줄\n\n영화 <Main>과 <Video>.\n\n<Section>\n다음 줄\n')).toEqual([
      'Markdown:3:4 <Main>: kept as the text "<Main>" (a film title in angle brackets); write <main> for the HTML element, or \\<Main> to say it is text',
      'Markdown:3:12 <Video>: kept as the text "<Video>" (a film title in angle brackets); write <video> for the HTML element, or \\<Video> to say it is text',
      'Markdown:5:1 <Section>: kept as the text "<Section>" (a film title in angle brackets); write <section> for the HTML element, or \\<Section> to say it is text',
    ]);
  });

  test('an escaped title, and real HTML, say nothing', async () => {
    expect(
      await warningsOf(
        '\\<Main> and <br> and <span class="x">x</span>\n\n<main>\n\nx\n\n</main>\n',
      ),
    ).toEqual([]);
  });
});

import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { recordedWarnings, throwRecordedProblems } from '../plugins/fail';
import { remarkPlugins } from '../plugins/index';

/**
 * Runs THE remark plugin list (`src/plugins/index.ts`) over a post's body, as the build
 * does, without turning it into HTML: every check of the build's Markdown pipeline lives in
 * those remark plugins (directives, images, links), and skipping the HTML half keeps
 * `npm run check` fast. Throws every problem the plugins recorded, one a line in line order,
 * in Marquee's format (as the build's last plugin does); returns the warnings.
 */
const runner = unified().use(remarkPlugins as never);

export async function checkMarkdown(body: string, postFile: string): Promise<string[]> {
  const file = new VFile({ value: body, path: postFile });
  const tree = fromMarkdown(body, {
    extensions: [gfm(), directive()],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  });
  await runner.run(tree, file);
  // What the build's last plugin does: every recorded problem, in line order, as one failure.
  throwRecordedProblems(file);
  return recordedWarnings(file);
}

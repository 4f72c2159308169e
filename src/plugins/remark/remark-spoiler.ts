import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkAttributes, containerLabel, directiveName } from '../directives';
import { SPOILER_CLASS, SPOILER_DIRECTIVE } from '../../lib/markup';
import { failAt } from '../fail';

export { SPOILER_CLASS, SPOILER_DIRECTIVE };

export interface RemarkSpoilerOptions {
  /** Summary shown when the author gives no `[label]` (default: `'Spoiler'`). */
  defaultLabel?: string;
}

/**
 * `:::spoiler[label]` … `:::`: a collapsed `<details class="marquee-spoiler">`. It carries
 * `data-pagefind-ignore="all"` so search never indexes or quotes it (excerpts and feeds
 * skip spoilers too: see `remarkReadingTime` and `src/lib/markup.ts`).
 */
export function remarkSpoiler(options: RemarkSpoilerOptions = {}) {
  const name = SPOILER_DIRECTIVE;
  const defaultLabel = options.defaultLabel ?? 'Spoiler';
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'leafDirective' && node.name === name) {
        failAt(file, node, directiveName(node), `a spoiler is a block: :::${name}[label] on its own line, the hidden text, then ::: to close it`);
      }
      if (node.type !== 'containerDirective' || node.name !== name) return;
      checkAttributes(file, node, []);
      const label = containerLabel(node);
      const summary: Paragraph = label ?? { type: 'paragraph', children: [{ type: 'text', value: defaultLabel }] };
      summary.data = { ...summary.data, hName: 'summary', hProperties: { className: [`${SPOILER_CLASS}__summary`] } };
      node.data = { hName: 'details', hProperties: { className: [SPOILER_CLASS], dataPagefindIgnore: 'all' } };
      node.children = [summary, ...node.children.filter((child) => child !== label)];
    });
  };
}

import type { Emphasis, Paragraph, PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkAttributes, containerLabel, directiveName } from '../directives';
import { INLINE_SPOILER_CLASS, SPOILER_CLASS, SPOILER_DIRECTIVE } from '../../lib/markup';
import { failAt } from '../fail';

export { SPOILER_CLASS, SPOILER_DIRECTIVE };

export interface RemarkSpoilerOptions {
  /** Summary shown when the author gives no `[label]` (default: `'Spoiler'`). */
  defaultLabel?: string;
  /** Accessible name of an inline spoiler's reveal switch (default: `'Show spoiler'`). */
  revealLabel?: string;
}

/**
 * `:spoiler[text]` inside a sentence: a `<label>` holding a checkbox and the text. CSS
 * hides the text (`visibility: hidden`, so screen readers skip it too) until the box is
 * checked, by click, tap or Space, with no script. Screen readers announce the switch by
 * `revealLabel` and its state. Marked like the block so search never reads it; excerpts
 * and meta descriptions skip text directives (src/plugins/remark/remark-reading-time.ts) and the feed
 * replaces it (src/lib/feeds/feed-html.ts).
 */
function inlineSpoiler(node: TextDirective, revealLabel: string) {
  const toggle: PhrasingContent = {
    type: 'text',
    value: '',
    data: {
      hName: 'input',
      hProperties: {
        type: 'checkbox',
        className: ['marquee-spoiler-inline__toggle'],
        ariaLabel: revealLabel,
      },
    },
  };
  const text: Emphasis = {
    type: 'emphasis',
    children: node.children,
    data: { hName: 'span', hProperties: { className: ['marquee-spoiler-inline__text'] } },
  };
  node.data = {
    hName: 'label',
    hProperties: { className: [INLINE_SPOILER_CLASS], dataPagefindIgnore: 'all' },
  };
  node.children = [toggle, text];
}

/**
 * `:::spoiler[label]` … `:::`: a collapsed `<details class="marquee-spoiler">`. It carries
 * `data-pagefind-ignore="all"` so search never indexes or quotes it (excerpts and feeds
 * skip spoilers too: see `remarkReadingTime` and `src/lib/markup.ts`).
 */
export function remarkSpoiler(options: RemarkSpoilerOptions = {}) {
  const name = SPOILER_DIRECTIVE;
  const defaultLabel = options.defaultLabel ?? 'Spoiler';
  const revealLabel = options.revealLabel ?? 'Show spoiler';
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      // Only `:spoiler[text]`: without a [label] (`key:spoiler`) it is ordinary text, restored by the guard.
      if (node.type === 'textDirective' && node.name === name && node.children.length) {
        checkAttributes(file, node, []);
        inlineSpoiler(node, revealLabel);
        return;
      }
      if (node.type === 'leafDirective' && node.name === name) {
        failAt(
          file,
          node,
          directiveName(node),
          `a spoiler is a block: :::${name}[label] on its own line, the hidden text, then ::: to close it`,
        );
        return;
      }
      if (node.type !== 'containerDirective' || node.name !== name) return;
      checkAttributes(file, node, []);
      const label = containerLabel(node);
      const summary: Paragraph = label ?? {
        type: 'paragraph',
        children: [{ type: 'text', value: defaultLabel }],
      };
      summary.data = {
        ...summary.data,
        hName: 'summary',
        hProperties: { className: [`${SPOILER_CLASS}__summary`] },
      };
      node.data = {
        hName: 'details',
        hProperties: { className: [SPOILER_CLASS], dataPagefindIgnore: 'all' },
      };
      node.children = [summary, ...node.children.filter((child) => child !== label)];
    });
  };
}

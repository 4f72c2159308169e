import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { directiveName } from '../directives';
import { SPOILER_DIRECTIVE } from '../../lib/markup';
import { failAt, wasReported } from '../fail';

/** The directives Marquee handles, as the unknown-directive error lists them. */
const KNOWN = `::trailer, :::gallery and :::${SPOILER_DIRECTIVE}`;

/** A paragraph that starts like a block directive but was not read as one (a quote or brace is off). */
const LOOKS_LIKE_DIRECTIVE = /^:{2,}[a-z][\w-]*/i;

/** The closing fence of a container directive: its line holds only colons (after any `>` of a quote). */
const CLOSING_FENCE = /^[\s>]*(:{3,})\s*$/;

/**
 * Runs first, right after remark-directive: a `:::spoiler` (or any container directive)
 * without its closing `:::` does not fail in remark-directive, it silently runs to the end
 * of the post (or of the quote or list item it sits in), hiding the rest of the review. It
 * is an error at the line that opened it, before any plugin reads what it swallowed.
 */
export function remarkDirectiveFences() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'containerDirective', (node) => {
      const { start, end } = node.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) return;
      const lines = source.slice(start.offset, end.offset).trimEnd().split('\n');
      const opening = /^:+/.exec(lines[0] ?? '')?.[0].length ?? 3;
      const closing = lines.length > 1 ? CLOSING_FENCE.exec(lines.at(-1) ?? '') : null;
      if (closing?.[1] && closing[1].length >= opening) return;
      failAt(
        file,
        node,
        directiveName(node),
        `opened here but never closed, so it would take in everything after it; expected a line of ${':'.repeat(opening)} where it ends`,
      );
    });
  };
}

/**
 * Runs after the directive plugins. A block directive none of them handled (`::trailr`)
 * stops the build, naming the file and line. A text directive is never ours: remark-directive
 * reads `12:30`, `a:b` or `시간:분` as one, so each goes back to exactly the text it was;
 * the one text directive Marquee handles, `:spoiler[text]`, is left to its plugin.
 */
export function remarkDirectiveGuard() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (
        node.type === 'paragraph' &&
        !node.data?.hName &&
        node.position?.start.offset !== undefined
      ) {
        const found = LOOKS_LIKE_DIRECTIVE.exec(source.slice(node.position.start.offset));
        if (found) {
          failAt(
            file,
            node,
            found[0],
            'this line looks like a directive but could not be read; check its quotes, {braces} and [brackets]',
          );
          return;
        }
      }
      if (
        (node.type === 'leafDirective' || node.type === 'containerDirective') &&
        !node.data?.hName
      ) {
        // A directive its own plugin refused (`::gallery`, a bad `::trailer`) is reported once.
        if (!wasReported(node))
          failAt(file, node, directiveName(node), `unknown directive; Marquee knows ${KNOWN}`);
        return;
      }
      if (node.type !== 'textDirective' || node.data?.hName || !parent || index === undefined)
        return;
      const { start, end } = node.position ?? {};
      const text: Text = {
        type: 'text',
        value:
          start?.offset !== undefined && end?.offset !== undefined
            ? source.slice(start.offset, end.offset)
            : `:${node.name}`,
        position: node.position,
      };
      parent.children[index] = text;
      return SKIP;
    });
  };
}

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../fail';
import { MEDIA_MARKER } from '../../lib/markup';

const RESERVED = new RegExp(`<\\/?${MEDIA_MARKER}\\b`, 'i');

/**
 * Raw HTML is the author's own and passes through, except Marquee's internal media
 * marker (`<marquee-media>`): written by hand it would be rendered as if a plugin had
 * checked it, skipping the image and trailer checks. Only the plugins may make one.
 */
export function remarkReservedHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      if (RESERVED.test(node.value)) {
        failAt(
          file,
          node,
          `<${MEDIA_MARKER}>`,
          `found a hand-written <${MEDIA_MARKER}> element, which only Marquee's plugins may make; expected an image (![alt](./still.jpg)), :::gallery or ::trailer`,
        );
      }
    });
  };
}

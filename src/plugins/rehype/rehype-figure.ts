import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { MEDIA_MARKER } from '../../lib/markup';

const isImage = (node: Element) =>
  node.tagName === 'img' || (node.tagName === MEDIA_MARKER && node.properties.type === 'image');

const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

/** The one element in `parent`, ignoring whitespace. */
function onlyElement(parent: Element): Element | undefined {
  const [only, ...rest] = parent.children.filter((child) => !isBlank(child));
  return only?.type === 'element' && !rest.length ? only : undefined;
}

/** The image alone in a paragraph, possibly inside a link (`[![alt](./x.jpg "caption")](…)`). */
function loneImage(paragraph: Element): Element | undefined {
  const only = onlyElement(paragraph);
  if (only && isImage(only)) return only;
  const inner = only?.tagName === 'a' ? onlyElement(only) : undefined;
  return inner && isImage(inner) ? inner : undefined;
}

/**
 * An image with a title, alone in its paragraph (`![alt](./still.jpg "caption")`), becomes
 * `<figure>` + `<figcaption>`: the title is shown as the caption instead of a tooltip.
 */
export function rehypeFigure() {
  const className = 'marquee-figure';
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const image = loneImage(node);
      const caption = image?.properties.title;
      if (!image || typeof caption !== 'string' || !caption.trim()) return;
      delete image.properties.title;
      const content = node.children.filter((child) => !isBlank(child));
      parent.children[index] = h('figure', { className: [className] }, [
        ...content,
        h('figcaption', { className: [`${className}__caption`] }, caption),
      ]);
    });
  };
}

import type { Image, Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkAttributes, containerLabel, directiveName } from '../directives';
import { failAt, wasReported } from '../fail';
import { isLocalImage } from '../../lib/images/image-files';
import { markAsMedia } from '../../lib/markup';

/** Whitespace and line breaks between the images are fine; anything else is not. */
function isSeparator(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && !node.value.trim());
}

/** The gallery's images in order; fails on anything that is not a local image with alt text. */
function galleryImages(file: VFile, node: ContainerDirective): Image[] {
  const name = directiveName(node);
  const images: Image[] = [];
  let refused = false;
  for (const child of node.children) {
    // The [label], refused on its own.
    if (child === containerLabel(node)) continue;
    if (child.type !== 'paragraph') {
      refused = true;
      failAt(
        file,
        child,
        name,
        `only images may be inside a gallery, one ![alt](./file.jpg "caption") per line; found a ${child.type}`,
      );
      continue;
    }
    for (const item of child.children) {
      if (isSeparator(item)) continue;
      if (item.type !== 'image') {
        refused = true;
        failAt(
          file,
          item,
          name,
          `only images may be inside a gallery, one ![alt](./file.jpg "caption") per line; found ${item.type === 'text' ? `the text "${item.value.trim()}"` : `a ${item.type}`}`,
        );
        continue;
      }
      if (!item.alt?.trim())
        failAt(
          file,
          item,
          name,
          `the image ${item.url} needs alt text: ![what the image shows](${item.url})`,
        );
      if (!isLocalImage(item.url))
        failAt(
          file,
          item,
          name,
          `"${item.url}" is not a file beside the post; save the image next to the post and write ./file.jpg`,
        );
      images.push(item);
    }
  }
  if (!images.length && !refused)
    failAt(
      file,
      node,
      name,
      `the gallery is empty; put one ![alt](./file.jpg "caption") per line between :::${node.name} and :::`,
    );
  return images;
}

/**
 * `:::gallery` … images … `:::`: the images become one gallery, rendered by the same
 * component as the frontmatter `gallery`; each image's title is its caption.
 */
export function remarkGallery() {
  const name = 'gallery';
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'leafDirective' && node.name === name) {
        failAt(
          file,
          node,
          directiveName(node),
          `a gallery is a block: :::${name} on its own line, the images, then ::: to close it`,
        );
        return;
      }
      if (
        node.type !== 'containerDirective' ||
        node.name !== name ||
        !parent ||
        index === undefined
      )
        return;
      // Never closed (reported by the guard): what it holds is the rest of the post.
      if (wasReported(node)) return SKIP;
      if (containerLabel(node))
        failAt(
          file,
          node,
          directiveName(node),
          'a gallery takes no [label]; give each image a caption instead: ![alt](./file.jpg "caption")',
        );
      checkAttributes(file, node, []);
      const images = galleryImages(file, node);
      const children = images.flatMap((image, at): PhrasingContent[] =>
        at ? [{ type: 'text', value: '\n' }, image] : [image],
      );
      const gallery: Paragraph = { type: 'paragraph', children, position: node.position };
      markAsMedia(gallery, 'gallery');
      parent.children[index] = gallery;
      return SKIP;
    });
  };
}

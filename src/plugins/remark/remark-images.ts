import type { Definition, Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  decodeImagePath,
  IMAGE_EXTENSIONS,
  isLocalImage,
  isOptimisableImage,
} from '../../lib/images/image-files';
import { contentRootOf, imageProblemSync } from '../../lib/check/post-images';
import { imageSizeProblem } from '../../lib/rules/image-format';
import path from 'node:path';
import { failAt } from '../fail';
import { markAsMedia } from '../../lib/markup';

/** The image as the author wrote it, for messages. */
const written = (image: Image) => `![${image.alt ?? ''}](${image.url})`;

/**
 * Local images (`![alt](./still.jpg "caption")`, also by reference) are checked as
 * frontmatter images are (confined to the post's folder, a format Marquee optimises, whole,
 * at most 100 megapixels), then marked for the page renderer, which serves them as
 * responsive AVIF/WebP `<picture>`s. Remote and root-relative (`/public`) images are left
 * as they are; an image address that is only a `#fragment` is an error.
 */
export function remarkImages() {
  return async (tree: Root, file: VFile) => {
    const sized: { image: Image; relative: string }[] = [];
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
    visit(tree, (node, index, parent) => {
      let image: Image;
      if (node.type === 'image') image = node;
      else if (
        node.type === 'imageReference' &&
        definitions.has(node.identifier) &&
        parent &&
        index !== undefined
      ) {
        // Checked with `has` above.
        const definition = definitions.get(node.identifier)!;
        image = {
          type: 'image',
          url: definition.url,
          title: definition.title,
          alt: node.alt,
          position: node.position,
        };
        parent.children[index] = image;
      } else return;
      if (image.url.startsWith('#')) {
        failAt(
          file,
          image,
          written(image),
          `found "${image.url}", a page fragment, not an image file; expected a path beside the post such as ./still.jpg`,
        );
        return;
      }
      if (!isLocalImage(image.url)) return;
      const relative = decodeImagePath(image.url);
      if (!/\.svgz?$/i.test(relative) && !isOptimisableImage(relative)) {
        failAt(
          file,
          image,
          written(image),
          `"${image.url}" is not an image format Marquee optimises; use ${IMAGE_EXTENSIONS.join(', ')}`,
        );
        return;
      }
      if (file.path) {
        const problem = imageProblemSync(relative, file.path, contentRootOf(file.path));
        if (problem) {
          failAt(file, image, written(image), problem);
          return;
        }
        sized.push({ image, relative });
      }
      markAsMedia(image, 'image');
    });
    // Then the pixel count, which needs the image's header (in parallel: a post may have fifty stills).
    const problems = await Promise.all(
      sized.map(({ relative }) =>
        imageSizeProblem(path.resolve(path.dirname(file.path), relative), relative),
      ),
    );
    sized.forEach(({ image }, index) => {
      const problem = problems[index];
      if (problem) failAt(file, image, written(image), problem);
    });
  };
}

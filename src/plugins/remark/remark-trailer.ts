import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parseVideo, VIDEO_FORMS, type Video } from '../../lib/media/video';
import { checkAttributes, directiveName, type Directive } from '../directives';
import { failAt } from '../fail';
import { markAsMedia } from '../../lib/markup';

const ATTRIBUTES = ['youtube', 'url', 'title'] as const;

/** The video named by `youtube="…"` or `url="…"` (exactly one of them), or `undefined` after recording why not. */
function videoOf(
  file: VFile,
  node: Directive,
  attributes: Record<string, string>,
): Video | undefined {
  const { youtube, url } = attributes;
  const name = directiveName(node);
  if (youtube !== undefined && url !== undefined) {
    failAt(file, node, name, 'give either youtube="…" or url="…", not both');
    return undefined;
  }
  if (youtube !== undefined) {
    const video = parseVideo(youtube);
    if (video?.provider !== 'youtube')
      failAt(
        file,
        node,
        name,
        `youtube="${youtube}" is not a YouTube video; expected an 11-character id such as youtube="ne6p6MfLBxc" or a YouTube URL`,
      );
    return video?.provider === 'youtube' ? video : undefined;
  }
  if (url !== undefined) {
    const video = parseVideo(url);
    if (!video)
      failAt(
        file,
        node,
        name,
        `url="${url}" is not a trailer Marquee can play; expected ${VIDEO_FORMS}`,
      );
    return video;
  }
  failAt(
    file,
    node,
    name,
    'missing the video; write ::trailer{youtube="ne6p6MfLBxc"} or ::trailer{url="https://vimeo.com/…"}',
  );
  return undefined;
}

/**
 * `::trailer{youtube="…" title="…"}` or `::trailer{url="…"}`: a trailer at that spot,
 * rendered by the same component as the frontmatter trailer. The video is checked here,
 * so a bad id stops the build at its line.
 */
export function remarkTrailer() {
  const name = 'trailer';
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'containerDirective' && node.name === name) {
        failAt(
          file,
          node,
          directiveName(node),
          `a trailer is one line with two colons: ::${name}{youtube="…"}`,
        );
        return;
      }
      if (node.type !== 'leafDirective' || node.name !== name) return;
      if (node.children.length)
        failAt(
          file,
          node,
          directiveName(node),
          `a trailer takes no [label]; write its title as title="…"`,
        );
      const attributes = checkAttributes(file, node, ATTRIBUTES);
      const video = videoOf(file, node, attributes);
      if (!video) return;
      markAsMedia(node, 'trailer', {
        url: video.watchUrl,
        label: attributes.title?.trim() || undefined,
      });
    });
  };
}

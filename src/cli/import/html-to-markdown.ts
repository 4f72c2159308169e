import type { Element, Root as HastRoot } from 'hast';
import type { Image, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import { directiveToMarkdown } from 'mdast-util-directive';
import { defaultHandlers } from 'mdast-util-to-markdown';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';
import type { Video } from '../../lib/media/video';
import { GALLERY_END, GALLERY_START, SPOILER_END, SPOILER_START } from './tistory-blocks';

/**
 * What survives sanitising: GitHub's default schema (no scripts, no `on*`, links only to
 * http(s), mailto and relative addresses), plus image titles (captions). No ids or
 * classes: nothing of the old blog's styling belongs in Markdown.
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  strip: ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg'],
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': ['title'],
    a: ['href'],
    img: ['src', 'alt', 'title'],
    '*ids': [],
  },
};

/** Marks a trailer's place in the body, where `::trailer` goes. */
export const trailerMarker = (index: number) => `MARQUEE-TRAILER-${index}`;

/**
 * `::trailer`/`:::gallery` are written as directives; colons in text are escaped only where
 * the site would read a directive (`::name` starting a line, or `:spoiler[`), so `12:30`
 * and `a:b` stay as written.
 */
function remarkDirectiveOutput(this: Processor) {
  const data = this.data() as { toMarkdownExtensions?: unknown[] };
  data.toMarkdownExtensions ??= [];
  data.toMarkdownExtensions.push(
    { ...directiveToMarkdown(), unsafe: [] },
    {
      handlers: {
        text: (...args: Parameters<typeof defaultHandlers.text>) =>
          defaultHandlers
            .text(...args)
            .replace(/(^|\n)([ \t]*):(?=:)/g, '$1$2\\:')
            .replace(/:(?=spoiler\b)/gi, '\\:')
            // `<그녀>`, `<Her>`: a film title, never an element.
            .replace(/(?<!\\)</g, '\\<'),
      },
    },
  );
}

const onlyImage = (node: RootContent): node is Paragraph & { children: [Image] } =>
  node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'image';

const marker = (node: RootContent, text: string) =>
  node.type === 'paragraph' &&
  node.children.length === 1 &&
  node.children[0]?.type === 'text' &&
  node.children[0].value.trim() === text;

/**
 * Runs of three or more image-only paragraphs become one `:::gallery`, and so do the images
 * between gallery markers (an image grid), however many.
 */
function galleries(tree: Root): void {
  const out: RootContent[] = [];
  let run: Paragraph[] = [];
  let grid = false;
  const flush = () => {
    if (run.length >= 3 || (grid && run.length > 1))
      out.push({ type: 'containerDirective', name: 'gallery', attributes: {}, children: run });
    else out.push(...run);
    run = [];
  };
  for (const node of tree.children) {
    // Images next to a grid join its gallery.
    if (marker(node, GALLERY_START)) grid = true;
    else if (marker(node, GALLERY_END)) continue;
    else if (onlyImage(node)) run.push(node);
    else {
      flush();
      grid = false;
      out.push(node);
    }
  }
  flush();
  tree.children = out;
}

/** A paragraph holding only a marker's text: the marker's text, else `undefined`. */
const markerText = (node: RootContent) =>
  node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'text'
    ? node.children[0].value.trim()
    : undefined;

/**
 * Folded blocks (between `SPOILER_START:label` and `SPOILER_END`, see `unfoldMoreLess`)
 * become `:::spoiler[label]`; a marker left anywhere else (a fold inside a list) goes, and
 * its text stays in place.
 */
function spoilers(tree: Root): void {
  const out: RootContent[] = [];
  let fold: { label: string; children: RootContent[] } | undefined;
  for (const node of tree.children) {
    const text = markerText(node);
    if (text?.startsWith(SPOILER_START)) {
      if (fold) out.push(...fold.children);
      fold = { label: text.slice(SPOILER_START.length).trim(), children: [] };
    } else if (text === SPOILER_END) {
      if (fold?.children.length)
        out.push({
          type: 'containerDirective',
          name: 'spoiler',
          attributes: {},
          children: [
            ...(fold.label
              ? [
                  {
                    type: 'paragraph' as const,
                    data: { directiveLabel: true },
                    children: [{ type: 'text' as const, value: fold.label }],
                  },
                ]
              : []),
            ...(fold.children as ContainerDirective['children']),
          ],
        });
      fold = undefined;
    } else (fold?.children ?? out).push(node);
  }
  if (fold) out.push(...fold.children);
  tree.children = out;
  visit(tree, 'paragraph', (node, index, parent) => {
    const text = markerText(node);
    if (!parent || index === undefined || text === undefined) return undefined;
    if (!text.startsWith(SPOILER_START) && text !== SPOILER_END) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/** Trailer markers become `::trailer{youtube=…}` / `::trailer{url=…}` at their spot. */
function trailers(tree: Root, videos: Video[]): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (
      node.type !== 'paragraph' ||
      node.children.length !== 1 ||
      node.children[0]?.type !== 'text'
    )
      return [node];
    const match = /^MARQUEE-TRAILER-(\d+)$/.exec(node.children[0].value.trim());
    const video = match && videos[Number(match[1])];
    if (!match) return [node];
    if (!video) return [];
    const attributes =
      video.provider === 'youtube' ? { youtube: video.id } : { url: video.watchUrl };
    return [{ type: 'leafDirective', name: 'trailer', attributes, children: [] }];
  });
}

/**
 * The post's body as Markdown the site's pipeline accepts: rehype-sanitize, rehype-remark,
 * galleries and trailers as directives, remark-stringify (GFM on, so tables survive).
 */
export async function htmlToMarkdown(
  body: Element | HastRoot,
  videos: Video[] = [],
): Promise<string> {
  const root: HastRoot = body.type === 'root' ? body : { type: 'root', children: [body] };
  const processor = unified()
    .use(rehypeSanitize, SCHEMA)
    .use(rehypeRemark)
    .use(() => (tree: Root) => {
      trailers(tree, videos);
      spoilers(tree);
      galleries(tree);
    })
    .use(remarkGfm)
    .use(remarkDirectiveOutput)
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '_',
      rule: '-',
      fences: true,
      resourceLink: true,
    });
  const tree = await processor.run(root);
  // Blogs space paragraphs with &nbsp; ones; they carry nothing.
  const markdown = processor
    .stringify(tree)
    .replace(/^[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n');
  return `${markdown.trim()}\n`;
}

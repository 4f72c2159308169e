import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import {
  attribute,
  byClass,
  findAll,
  findFirst,
  isElement,
  removeAll,
  replaceNode,
  textOf,
} from './hast-query';
import { visitParents } from 'unist-util-visit-parents';

/** An image to copy into the bundle. */
export interface BundleImage {
  /** The saved file. */
  from: string;
  /** Its name in the bundle (`image-1.jpg`). */
  name: string;
}

const SIGNATURES: [string, (bytes: Buffer) => boolean][] = [
  ['jpg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [
    'png',
    (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ],
  ['gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  [
    'webp',
    (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
  ['avif', (b) => b.subarray(4, 12).toString('latin1').startsWith('ftypavi')],
  ['tiff', (b) => ['II*\u0000', 'MM\u0000*'].includes(b.subarray(0, 4).toString('latin1'))],
];

/** The extension the site accepts for a file, by its content (saved files often have none). */
function imageExtension(file: string): string | undefined {
  const bytes = readFileSync(file).subarray(0, 16);
  return SIGNATURES.find(([, test]) => test(bytes))?.[0];
}

/** The saved file an `<img>` points to, if it is a local file beside the page. */
function savedFile(img: Element, pageDir: string): string | undefined {
  for (const key of ['src', 'dataLazySrc', 'dataSrc', 'dataOriginal', 'srcset']) {
    const raw = attribute(img, key)?.trim().split(/\s+/)[0];
    if (!raw || /^[a-z][a-z\d+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
    let relative: string;
    try {
      relative = decodeURIComponent(raw.replace(/[?#].*$/, ''));
    } catch {
      continue;
    }
    const file = path.resolve(pageDir, relative);
    if (!file.startsWith(pageDir + path.sep)) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** The caption of an image: `<figcaption>`, Naver's `.se-caption`, Tistory's `.cap1`. */
function captionOf(container: Element | undefined): string | undefined {
  if (!container) return undefined;
  const caption = findFirst(
    container,
    (node) =>
      isElement(node, 'figcaption') ||
      byClass(node, 'se-caption').includes(node) ||
      ['cap1', 'caption'].some((name) => byClass(node, name).includes(node)),
  );
  return caption ? textOf(caption) || undefined : undefined;
}

const FIGURE_CLASSES = [
  'imageblock',
  'imageblock-wrap',
  'se-image',
  'se-component',
  'se-module-image',
];

/**
 * Resolves every `<img>` of the body to a file saved beside the page, names it
 * `image-N.<ext>` for the bundle and rewrites it as `<p><img src="./image-N.jpg" alt
 * title="caption"></p>`, replacing its figure wrapper. Images that are remote, missing or
 * not a format the site optimises are dropped and reported. `posterImage` (the first image
 * before the info lines), or else an image whose caption or alt text says 포스터/poster,
 * becomes the film's poster.
 */
export function collectImages(
  body: Element,
  pageDir: string,
  fallbackAlt: string,
  posterImage?: Element,
): { images: BundleImage[]; poster?: string | undefined; dropped: string[]; withoutAlt: string[] } {
  const withoutAlt: string[] = [];
  const images: BundleImage[] = [];
  const dropped: string[] = [];
  let poster: string | undefined;
  const byFile = new Map<string, string>();
  const targets: { img: Element; ancestors: Element[] }[] = [];
  visitParents(body as unknown as Root, 'element', (node, ancestors) => {
    if (node.tagName === 'img')
      targets.push({
        img: node,
        ancestors: ancestors.filter((item): item is Element => item.type === 'element'),
      });
  });
  for (const { img, ancestors } of targets) {
    const figure = ancestors
      .slice(1)
      .find(
        (node) =>
          isElement(node, 'figure') ||
          FIGURE_CLASSES.some((name) => byClass(node, name).includes(node)),
      );
    const parent = ancestors.at(-1);
    const file = savedFile(img, pageDir);
    const source = attribute(img, 'src') ?? attribute(img, 'dataLazySrc') ?? '(no src)';
    const extension = file && imageExtension(file);
    if (!file || !extension) {
      dropped.push(
        file
          ? `${source}: not a JPEG, PNG, WebP, AVIF, GIF or TIFF image`
          : `${source}: not found in the saved page's files (remote images are not downloaded)`,
      );
      if (parent) replaceNode(parent, img, []);
      continue;
    }
    let name = byFile.get(file);
    if (!name) {
      name = `image-${images.length + 1}.${extension}`;
      byFile.set(file, name);
      images.push({ from: file, name });
    }
    const caption = captionOf(figure);
    const alt = attribute(img, 'alt')?.trim() || caption || fallbackAlt;
    const isPoster =
      !poster &&
      (img === posterImage ||
        /포스터|poster/i.test(`${caption ?? ''} ${attribute(img, 'alt') ?? ''}`));
    if (isPoster) poster = `./${name}`;
    else if (alt === fallbackAlt) withoutAlt.push(name);
    // The poster shows in the info block, so it leaves the body.
    const replacement = isPoster
      ? h('p')
      : h('p', [h('img', { src: `./${name}`, alt, title: caption })]);
    const outer = figure && ancestors[ancestors.indexOf(figure) - 1];
    if (figure && outer && findAll(figure, (node) => node.tagName === 'img').length === 1)
      replaceNode(outer, figure, [replacement]);
    else if (parent) replaceNode(parent, img, replacement.children);
  }
  // Captions of multi-image blocks have no single image to go to.
  removeAll(
    body,
    (node) => isElement(node, 'figcaption') || byClass(node, 'se-caption').includes(node),
  );
  return { images, poster, dropped, withoutAlt };
}

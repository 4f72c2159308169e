import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Confinement of image paths. A post may only use images in its own folder or below it,
 * inside `content/`, after following symbolic links: an absolute path, a `..` escape or a
 * link pointing elsewhere would let a post publish (or make the bundler run) any file on
 * the machine. This is checked before Astro's `image()`, Vite or sharp see the path.
 */
export interface ImageCheck {
  /** The path as written in the post (`./poster.jpg`). */
  src: string;
  /** The post's Markdown file (absolute). */
  postFile: string;
  /** The `content/` folder (absolute). */
  contentRoot: string;
}

/** The one wording of a missing image, wherever it is noticed (the check, the loader, a page). */
export function imageNotFound(src: string): string {
  return `image "${src}" was not found next to the post`;
}

/** A file inside `folder` (or `folder` itself)? Both are absolute. */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The real, confined file `src` names, or the plain-words reason it cannot be used.
 * Nothing outside the post's folder is opened, not even to read its first bytes.
 */
export function resolveContentImage({
  src,
  postFile,
  contentRoot,
}: ImageCheck): { file: string } | { problem: string } {
  const written = `"${src}"`;
  if (path.isAbsolute(src) || /^[a-z]:[\\/]/i.test(src) || src.startsWith('\\')) {
    return {
      problem: `found the absolute path ${written}, expected a path beside the post such as ./poster.jpg`,
    };
  }
  // A page bundle's folder; for a single-file post (`her.md`), the folder beside it named
  // like it (`her/`), so one post cannot use another post's images.
  // (Markdown rendered outside a site, whose content root is its own folder, keeps that folder.)
  const bundle =
    /^index\.md$/i.test(path.basename(postFile)) || path.dirname(postFile) === contentRoot;
  const folder = bundle ? path.dirname(postFile) : postFile.replace(/\.md$/i, '');
  const target = path.resolve(path.dirname(postFile), src);
  if (!isInside(target, folder)) {
    return {
      problem: `found ${written}, which leads out of the post's folder; expected an image in the post's folder or below it, such as ./poster.jpg`,
    };
  }
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return { problem: imageNotFound(src) };
  }
  const realFolder = realpathSync(folder);
  let realContent: string;
  try {
    realContent = realpathSync(contentRoot);
  } catch {
    realContent = contentRoot;
  }
  if (!isInside(real, realFolder) || !isInside(real, realContent)) {
    return {
      problem: `found ${written}, a link to a file outside the post's folder; copy the image into the post's folder instead of linking to it`,
    };
  }
  if (!statSync(real).isFile())
    return { problem: `found ${written}, which is a folder; expected an image file` };
  return { file: real };
}

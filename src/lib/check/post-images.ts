import path from 'node:path';
import { z } from 'astro/zod';
import type { ImageHelper } from '../../schemas/fields';
import { IMAGE_EXTENSIONS, isOptimisableImage } from '../images/image-files';
import { imageFormatProblem, imageSizeProblem } from '../rules/image-format';
import { resolveContentImage } from '../rules/safe-paths';

/**
 * Why the image `src` of `postFile` cannot be used, or `undefined`: confinement first
 * (nothing outside the post's folder is opened), then the file's name, content and size.
 * The frontmatter check and the Markdown image plugin both call this.
 */
async function imageProblem(
  src: string,
  postFile: string,
  contentRoot: string,
): Promise<string | undefined> {
  const problem = imageProblemSync(src, postFile, contentRoot);
  if (problem) return problem;
  return imageSizeProblem(path.resolve(path.dirname(postFile), src), src);
}

/** The synchronous part of `imageProblem` (confinement, name and content), for Markdown plugins. */
export function imageProblemSync(
  src: string,
  postFile: string,
  contentRoot: string,
): string | undefined {
  const resolved = resolveContentImage({ src, postFile, contentRoot });
  if ('problem' in resolved) return resolved.problem;
  const svg = /\.svgz?$/i.test(src);
  if (!svg && !isOptimisableImage(src)) {
    return `found "${src}", expected a file name ending in .${IMAGE_EXTENSIONS.join(', .')} (the name tells the bundler it is an image)`;
  }
  return imageFormatProblem(resolved.file, src);
}

/**
 * The `content/` folder a post lives in: its nearest ancestor folder named `content`, or
 * else the post's own folder (Markdown rendered outside a site, as in plugin tests).
 */
export function contentRootOf(postFile: string): string {
  let folder = path.dirname(postFile);
  while (path.basename(folder) !== 'content') {
    const parent = path.dirname(folder);
    if (parent === folder) return path.dirname(postFile);
    folder = parent;
  }
  return folder;
}

/**
 * A stand-in for Astro's `image()` that checks the file instead of importing it: the
 * review schema runs with it before Astro (and so Vite and sharp) sees any image path.
 * `post()` names the post being checked (one schema serves every post, checked in turn).
 */
export function checkedImage(post: () => { postFile: string; contentRoot: string }): ImageHelper {
  const schema = z.string().superRefine(async (src, ctx) => {
    const { postFile, contentRoot } = post();
    const problem = await imageProblem(src, postFile, contentRoot);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
  return (() => schema) as unknown as ImageHelper;
}

import type { ImageMetadata } from 'astro';
import sharp from 'sharp';
import { imageVariants } from './variants';

const cache = new Map<string, Promise<string | undefined>>();

async function render(file: string): Promise<string | undefined> {
  // Wide enough for the colours, small enough to inline.
  const { format, width, quality, effort } = imageVariants('placeholder');
  const image = sharp(file).rotate();
  // A transparent image would show its placeholder through, so it gets none.
  if ((await image.metadata()).hasAlpha) return undefined;
  const data = await image
    .resize(width, width, { fit: 'inside' })
    .blur(1)
    .toFormat(format, { quality, effort })
    .toBuffer();
  return `data:image/${format},${percentEncode(data)}`;
}

/**
 * Percent-encoding rather than base64 (a little longer): the URI then has no `;` or
 * parentheses, so the `style` attribute it sits in reads as the one declaration it is.
 */
function percentEncode(data: Buffer): string {
  return [...data]
    .map((byte) =>
      /[\w.~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/**
 * A tiny blurred copy of `image` as a data URI (a few hundred bytes), shown as the CSS
 * background of the `<img>` until the real image covers it (and never in feeds or reader
 * views, which drop styles). Made once per file per build.
 */
export function placeholder(image: ImageMetadata): Promise<string | undefined> {
  // astro:assets keeps the source file's path on the metadata (not part of its public type).
  const file = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!file) return Promise.resolve(undefined);
  let found = cache.get(file);
  if (!found) cache.set(file, (found = render(file)));
  return found;
}

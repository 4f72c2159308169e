/**
 * Image files Marquee optimises (what sharp reads). `src/lib/images/content-images.ts` globs the
 * same extensions; keep the two lists together.
 */
export const IMAGE_EXTENSIONS = [
  'avif',
  'gif',
  'jpeg',
  'jpg',
  'png',
  'tif',
  'tiff',
  'webp',
] as const;

/** Whether a Markdown image URL names a file beside the post (`./still.jpg`, `still.jpg`, `../x.png`). */
export function isLocalImage(url: string): boolean {
  return (
    !URL.canParse(url) && !url.startsWith('/') && !url.startsWith('#') && !url.startsWith('//')
  );
}

/** Whether `file` has an extension Marquee can optimise (case does not matter). */
export function isOptimisableImage(file: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extension ?? '');
}

/** A Markdown image URL as a file path: `./my%20still.jpg` → `./my still.jpg`. */
export function decodeImagePath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

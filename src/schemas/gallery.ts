import { z } from 'astro/zod';
import { imagePath, TextSchema, type ImageHelper } from './fields';

/** One gallery picture: `{ src, alt, caption }`. */
export function galleryItemSchema(image: ImageHelper) {
  return z
    .object({
      /** An image beside the post (`./still-1.jpg`). */
      src: imagePath(image),
      /** What the image shows, for readers who cannot see it. Required. */
      alt: z.string().trim().min(1, 'alt text must not be empty: describe what the image shows'),
      /** A caption shown under the image and in the lightbox. */
      caption: TextSchema.optional(),
    })
    .strict();
}

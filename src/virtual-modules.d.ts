/** Lazy imports of the images published posts' bodies name (`src/integrations/content-images.ts`). */
declare module 'virtual:marquee/content-images' {
  import type { ImageMetadata } from 'astro';
  export const images: Record<string, () => Promise<{ default: ImageMetadata }>>;
}

import type { AstroIntegration } from 'astro';
import { expect, test } from 'vitest';
import { contentImages } from '../../../src/integrations/content-images';
import { setNamedImages } from '../../../src/lib/images/named-images';

interface Plugin {
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
}

/** The Vite plugin the integration adds, set up as `astro dev` and `astro build` do. */
function plugin(): Plugin {
  let added: Plugin | undefined;
  const setup = contentImages().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    config: { root: new URL('file:///site/') },
    updateConfig: (config: { vite: { plugins: Plugin[] } }) =>
      void (added = config.vite.plugins[0]),
  } satisfies
    Partial<Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]> | object);
  return added!;
}

// The project root is a made-up `/site/` and the image paths are what a loader would record;
// nothing is read from disk.
test('the content-images module imports exactly the images the posts name, and nothing else under content/', () => {
  const images = plugin();
  const id = images.resolveId('virtual:marquee/content-images')!;
  setNamedImages([
    'content/reviews/owner-review/still-1.jpg',
    'content/reviews/owner-review/still-1.jpg',
    'content/reviews/주인의-리뷰/스틸 1.png',
  ]);
  const code = images.load(id)!;
  expect([...code.matchAll(/import\("([^"]+)"\)/g)].map(([, file]) => file)).toEqual([
    '/site/content/reviews/owner-review/still-1.jpg',
    '/site/content/reviews/주인의-리뷰/스틸 1.png',
  ]);
  expect(code).toContain('"/content/reviews/owner-review/still-1.jpg": () => import(');
  expect(code).not.toMatch(/import\.meta\.glob/);
  setNamedImages([]);
  expect(images.load(id)).toBe('export const images = {\n\n};\n');
});

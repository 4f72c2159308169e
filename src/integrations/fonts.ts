import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';

/** Pretendard's own stylesheet of its dynamic subsets, in the `pretendard` npm package. */
const SUBSET_CSS = 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';

/** What the base layout imports: Pretendard's `@font-face` rules, or nothing for `font: 'system'`. */
const FONTS_MODULE = 'virtual:marquee/fonts.css';
const NO_FONTS = '\0marquee-system-fonts.css';

/** The family tokens.css reads first (`var(--font-pretendard)`), set only when Pretendard is served. */
const FAMILY_RULE = '\n:root { --font-pretendard: "Pretendard Variable"; }\n';

/**
 * The site's typeface as part of the cached site stylesheet rather than inlined into every
 * page: `font: 'pretendard'` bundles Pretendard Variable's stylesheet of 92 `unicode-range`
 * slices (Vite copies each `.woff2` slice to `_astro/` with a hashed name), so a browser
 * fetches the rules once for the whole site and a slice only when a page shows one of its
 * characters; `font: 'system'` bundles nothing and the reader's fonts are used.
 */
export function siteFonts(font: 'pretendard' | 'system'): AstroIntegration {
  const subsetCss = createRequire(import.meta.url).resolve(SUBSET_CSS);
  return {
    name: 'marquee:fonts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'marquee:fonts',
                // Before Vite's own CSS handling, which then copies the slices the stylesheet names.
                enforce: 'pre',
                resolveId: (id) =>
                  id === FONTS_MODULE ? (font === 'pretendard' ? subsetCss : NO_FONTS) : undefined,
                load: (id) => {
                  const file = id.split('?')[0];
                  if (file === NO_FONTS) return '';
                  if (file === subsetCss) return readFileSync(subsetCss, 'utf8') + FAMILY_RULE;
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontProviders } from 'astro/config';

/** Pretendard's own stylesheet of its dynamic subsets, in the `pretendard` npm package. */
const SUBSET_CSS = 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';

/** The CSS custom property that names the self-hosted family (`var(--font-pretendard)` in tokens.css). */
export const FONT_VARIABLE = '--font-pretendard' as const;

export interface FontSlice {
  /** Absolute path of one `.woff2` slice. */
  file: string;
  /** Its `unicode-range`, as Pretendard's stylesheet lists it. */
  unicodeRange: string;
}

/**
 * Pretendard Variable's 92 slices and the characters each covers, read from the package's
 * stylesheet so they follow its releases. A browser downloads a slice only when the page
 * shows one of its characters: a Korean review loads a few hundred kilobytes, not 2 MB.
 */
export function pretendardSlices(stylesheet = createRequire(import.meta.url).resolve(SUBSET_CSS)): FontSlice[] {
  const css = readFileSync(stylesheet, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, block = '']) => {
    const url = /url\(([^)]+)\)/.exec(block)?.[1]?.replace(/['"]/g, '');
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!url || !range) throw new Error(`${stylesheet}: a @font-face without url() or unicode-range`);
    return { file: path.resolve(path.dirname(stylesheet), url), unicodeRange: range.trim() };
  });
}

/**
 * Astro's `fonts` setting for the site's `font`: Pretendard through Astro's fonts API and
 * its local provider (hashed files, `@font-face` per slice with its `unicode-range`, a
 * metric-matched fallback against layout shift), or nothing for `system`.
 */
export function siteFonts(font: 'pretendard' | 'system') {
  if (font === 'system') return [];
  const [first, ...rest] = pretendardSlices().map(({ file, unicodeRange }) => ({
    src: [file] as [string],
    weight: '45 920',
    style: 'normal' as const,
    unicodeRange: [unicodeRange] as [string],
  }));
  if (!first) throw new Error(`${SUBSET_CSS} lists no font slices`);
  return [
    {
      provider: fontProviders.local(),
      name: 'Pretendard',
      cssVariable: FONT_VARIABLE,
      fallbacks: ['system-ui', 'sans-serif'],
      display: 'swap' as const,
      options: { variants: [first, ...rest] as [typeof first, ...(typeof first)[]] },
    },
  ];
}

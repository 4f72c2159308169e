import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import type { SiteSettings } from '../../schemas/site';
import { THEME_STORAGE_KEY } from '../../scripts/theme';
import { VIDEO_PLAYER_ORIGINS } from '../media/video';

/**
 * The one inline script Marquee writes by hand: it applies the reader's saved theme before
 * the first paint (no flash of the wrong theme). `BaseLayout.astro` renders exactly this
 * text, and the Content-Security-Policy allows exactly this text by its hash.
 */
export const THEME_SCRIPT = `try{const theme=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(theme==='light'||theme==='dark')document.documentElement.dataset.theme=theme}catch{}`;

/** The CSP source for an inline script or style: `'sha256-…'` without quotes, as Astro takes it. */
export function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * Astro's `security.csp` for the built site. Astro hashes the scripts and styles it bundles
 * or inlines; Marquee adds the theme script's hash. The choices:
 *
 * - scripts: `'self'` and hashes only, never `'unsafe-inline'`; `'wasm-unsafe-eval'` lets
 *   the search page compile Pagefind's WebAssembly (it allows no JavaScript `eval`);
 *   giscus's script only when comments are on.
 * - styles: `'self'` and hashes for `<style>` elements; `style` attributes are allowed
 *   (`style-src-attr 'unsafe-inline'`), because every image's blurred placeholder is an
 *   inline `background-image: url(data:…)` and Astro's responsive images set sizes there.
 *   A style attribute cannot run script; this is the strictest setting those allow.
 * - frames: the privacy-enhanced video players (`VIDEO_PLAYER_ORIGINS`, beside the video
 *   rules in `src/lib/media/video.ts`), plus giscus when comments are on.
 * - images: the site, `data:` placeholders, and https (a remote image in a post's body is
 *   allowed, with a warning, per the authoring contract).
 */
export function contentSecurityPolicy(
  site: Pick<SiteSettings, 'comments'>,
): NonNullable<NonNullable<AstroUserConfig['security']>['csp']> {
  const giscus = site.comments.provider === 'giscus' ? ['https://giscus.app'] : [];
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' data: https:",
      "font-src 'self'",
      "connect-src 'self'",
      "media-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      `frame-src ${[...VIDEO_PLAYER_ORIGINS, ...giscus].join(' ')}`,
    ],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'", ...giscus],
      hashes: [sha256(THEME_SCRIPT)],
    },
    styleDirective: {
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
    },
  };
}

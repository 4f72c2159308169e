import { site } from '../site';
import type { Verification } from '../../schemas/verification';

/** The `<meta>` name each portal reads its token from (Daum reads robots.txt instead). */
const META_NAMES = {
  naver: 'naver-site-verification',
  google: 'google-site-verification',
  bing: 'msvalidate.01',
} as const;

/** The verification `<meta>` tags of the home page, in a fixed order. */
export function verificationMeta(
  verification: Verification = site.verification,
): { name: string; content: string }[] {
  return (Object.keys(META_NAMES) as (keyof typeof META_NAMES)[]).flatMap((portal) => {
    const content = verification[portal];
    return content ? [{ name: META_NAMES[portal], content }] : [];
  });
}

/** `robots.txt`: every page may be crawled, Daum's ownership line when set, the sitemap index. */
export function robotsText(
  sitemap: string,
  verification: Verification = site.verification,
): string {
  const daum = verification.daum ? `#DaumWebMasterTool:${verification.daum}\n` : '';
  return `${daum}User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

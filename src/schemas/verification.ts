import { z } from 'astro/zod';

/** What a portal's verification token is made of: base64 and hex characters, `-`, `_`, `:`, `.`. */
const TOKEN = /^[A-Za-z0-9_\-:=+/.]+$/;

/** A token pasted as the whole tag or line the portal shows, instead of its value. */
function tokenHint(value: string): string {
  if (/<meta|content=/i.test(value))
    return '; paste only the value of content="…", not the whole <meta> tag';
  if (/^#?DaumWebMasterTool:/i.test(value)) return '; paste only what follows #DaumWebMasterTool:';
  return '';
}

/** One portal's token: text of token characters only, so it cannot break the tag or robots.txt. */
const token = (portal: string) =>
  z
    .string({ error: `expected the verification token ${portal} shows, as text` })
    .trim()
    .min(1, `expected the verification token ${portal} shows; remove the key to leave it out`)
    .max(200, 'expected at most 200 characters')
    .superRefine((value, context) => {
      const bad = [...value].find((char) => !TOKEN.test(char));
      if (bad === undefined) return;
      context.addIssue({
        code: 'custom',
        message: `found ${JSON.stringify(bad)} in "${value.length > 40 ? `${value.slice(0, 37).trimEnd()}…` : value}", expected the token ${portal} shows (letters, digits and - _ : = + / . only)${tokenHint(value)}`,
      });
    })
    .optional();

/**
 * Site-ownership tokens from the search portals' webmaster tools. Each is published only
 * where that portal looks for it: a `<meta>` tag on the home page, or Daum's line in
 * `robots.txt`.
 */
export const VerificationSchema = z
  .object({
    /** Naver Search Advisor (searchadvisor.naver.com): the `naver-site-verification` meta tag's content. */
    naver: token('Naver Search Advisor'),
    /** Daum Webmaster Tool (webmaster.daum.net): the key after `#DaumWebMasterTool:`, written into robots.txt. */
    daum: token('Daum Webmaster Tool'),
    /** Google Search Console (HTML tag method): the `google-site-verification` meta tag's content. */
    google: token('Google Search Console'),
    /** Bing Webmaster Tools (HTML meta tag method): the `msvalidate.01` meta tag's content. */
    bing: token('Bing Webmaster Tools'),
  })
  .strict()
  .prefault({});

export type Verification = z.output<typeof VerificationSchema>;

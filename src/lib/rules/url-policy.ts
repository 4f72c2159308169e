/**
 * Which link targets a post may use, in frontmatter and in Markdown links: `http:`,
 * `https:`, `mailto:`, relative paths (`../other-review/`, `/about/`) and `#fragments`.
 * Anything else (`javascript:`, `data:`, `vbscript:`, `file:`) could run or read something
 * in the reader's browser, so it is refused.
 */
const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * The scheme of `url` as a browser reads it: control characters and whitespace are
 * ignored inside a scheme (`java\tscript:`), so they are removed before looking.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z\d+.-]*):/i.exec(cleaned);
  return match?.[1]?.toLowerCase();
}

/** Whether a link to `url` is allowed (see above). */
export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}

/** The sentence every refused link gets. */
export function urlProblem(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  return `found the link "${shown}", expected an http:, https: or mailto: address, a relative path or a #fragment`;
}

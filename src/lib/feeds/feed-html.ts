import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { sanitizeForFeed } from './sanitize';
import { isInlineSpoilerElement, isSpoilerElement } from '../markup';

/** Attributes holding one URL (`srcset`, which holds several, is handled apart). */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/** `value` as an absolute URL against `base`, or `undefined` when it is not a URL at all. */
function absolute(value: string, base: string): string | undefined {
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/** One `srcset` candidate (`/a.webp 640w`) with an absolute http(s) URL, or `undefined` (the sanitiser does not read srcset). */
function absoluteCandidate(candidate: string, base: string): string | undefined {
  const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
  const href = absolute(url, base);
  return href && /^https?:/.test(href) ? [href, ...descriptor].join(' ') : undefined;
}

export interface FeedHtmlOptions {
  /** The review's absolute URL: relative links and images resolve against it. */
  pageUrl: string;
  /** Text of the link that stands in for each spoiler block. */
  spoilerNote: string;
  /** Text of the link that stands in for each inline spoiler, inside its sentence (default: `'…'`). */
  spoilerLabel?: string;
}

/** Whether `element` holds an image. */
function hasImage(element: Element): boolean {
  let found = false;
  visit(element, 'element', (inner) => {
    if (inner.tagName !== 'img') return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * What only works on the site: scripts, styles, controls, decoration hidden from readers,
 * and links with nothing to click (a heading's self-link, an icon drawn by CSS).
 */
const dropped = (element: Element) =>
  ['script', 'style', 'template', 'dialog', 'button'].includes(element.tagName) ||
  element.properties.ariaHidden === 'true' ||
  (element.tagName === 'a' && !toString(element).trim() && !hasImage(element));

/**
 * A review's rendered HTML made fit for feed readers: every link and image absolute,
 * what only works on the site dropped (scripts, the lightbox, play buttons), and each
 * spoiler block replaced by a link to the review (feed readers cannot keep it folded), and
 * each inline spoiler by a short link inside its sentence. Last, it is sanitised to the
 * markup pages show (`FEED_SCHEMA`): no Content-Security-Policy applies in a feed reader,
 * so nothing that runs (`on*` attributes, `javascript:` links, scripts, frames) gets out.
 */
export function feedHtml(
  html: string,
  { pageUrl, spoilerNote, spoilerLabel = '…' }: FeedHtmlOptions,
): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (dropped(element)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (isInlineSpoilerElement(element)) {
      parent.children.splice(index, 1, h('a', { href: pageUrl }, `[${spoilerLabel}]`));
      return [SKIP, index + 1];
    }
    if (isSpoilerElement(element)) {
      const note: ElementContent = h('p', h('a', { href: pageUrl }, spoilerNote));
      parent.children.splice(index, 1, note);
      return [SKIP, index + 1];
    }
    const { properties } = element;
    for (const name of URL_ATTRIBUTES) {
      const value = properties[name];
      if (typeof value === 'string' && value) properties[name] = absolute(value, pageUrl);
    }
    if (typeof properties.srcSet === 'string') {
      properties.srcSet = properties.srcSet
        .split(',')
        .map((candidate) => absoluteCandidate(candidate, pageUrl))
        .filter(Boolean)
        .join(', ');
    }
    return undefined;
  });
  return toHtml(sanitizeForFeed(tree));
}

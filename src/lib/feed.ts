import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { isInlineSpoilerElement, isSpoilerElement } from './markup';

/** Attributes holding one URL (`srcset`, which holds several, is handled apart). */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/** One `srcset` candidate (`/a.webp 640w`) with an absolute URL. */
function absoluteCandidate(candidate: string, base: string): string {
  const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
  return [new URL(url, base).href, ...descriptor].join(' ');
}

export interface FeedHtmlOptions {
  /** The review's absolute URL: relative links and images resolve against it. */
  pageUrl: string;
  /** Text of the link that stands in for each spoiler block. */
  spoilerNote: string;
  /** Text of the link that stands in for each inline spoiler, inside its sentence (default: `'…'`). */
  spoilerLabel?: string;
}

/** What only works on the site: scripts, styles, controls and decoration hidden from readers. */
const dropped = (element: Element) =>
  ['script', 'style', 'template', 'dialog', 'button'].includes(element.tagName) || element.properties.ariaHidden === 'true';

/**
 * A review's rendered HTML made fit for feed readers: every link and image absolute,
 * what only works on the site dropped (scripts, the lightbox, play buttons), and each
 * spoiler block replaced by a link to the review (feed readers cannot keep it folded), and
 * each inline spoiler by a short link inside its sentence.
 */
export function feedHtml(html: string, { pageUrl, spoilerNote, spoilerLabel = '…' }: FeedHtmlOptions): string {
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
      if (typeof value === 'string' && value) properties[name] = new URL(value, pageUrl).href;
    }
    if (typeof properties.srcSet === 'string') {
      properties.srcSet = properties.srcSet
        .split(',')
        .map((candidate) => absoluteCandidate(candidate, pageUrl))
        .join(', ');
    }
    return undefined;
  });
  return toHtml(tree);
}
